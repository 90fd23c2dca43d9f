namespace Headless.Infrastructure.Notifications;

/// <summary>Sends an email. The only implementation so far is <see cref="DevelopmentEmailSink"/>; an SMTP sender replaces it.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
