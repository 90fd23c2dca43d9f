namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>The email channel: the order's email address, sent through the configured <see cref="IEmailSender"/>.</summary>
public sealed class EmailChannel(IEmailSender sender) : INotificationChannel
{
    public const string ChannelName = "email";

    public string Name => ChannelName;

    public string? RecipientFor(NotificationContact contact) => string.IsNullOrWhiteSpace(contact.Email) ? null : contact.Email;

    public Task SendAsync(NotificationMessage message, CancellationToken ct) => sender.SendAsync(message, ct);
}
