namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// A rendered message for one recipient. <see cref="MessageId"/> derives from the delivery key, so a resend after a
/// crash carries the same id and mail systems can tell it is the same message. <see cref="ToString"/> leaves the
/// recipient and body out: messages may be logged, personal data may not.
/// </summary>
public sealed record NotificationMessage(string Recipient, string Subject, string Text, string Html, string MessageId, string Template, string OrderNumber)
{
    public override string ToString() => $"{Template} for order {OrderNumber} ({MessageId})";
}
