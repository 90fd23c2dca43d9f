namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>How the customer of an order can be reached (an SMS channel would add a phone number here).</summary>
public sealed record NotificationContact(string? Email)
{
    public override string ToString() => "NotificationContact (redacted)";
}
