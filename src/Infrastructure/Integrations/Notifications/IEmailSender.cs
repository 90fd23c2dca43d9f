namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>Hands an email to a mail system (SMTP server, or a folder in Development); throws when it was not accepted.</summary>
public interface IEmailSender
{
    Task SendAsync(NotificationMessage message, CancellationToken ct);
}
