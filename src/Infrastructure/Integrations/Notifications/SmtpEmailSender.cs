using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// Sends through an SMTP server with System.Net.Mail (one client per message: the client is not thread-safe).
/// Returns once the server answered 250 to the message data, which is when it took responsibility for it.
/// </summary>
public sealed partial class SmtpEmailSender(SmtpSettings settings, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(NotificationMessage message, CancellationToken ct)
    {
        using var mail = MailMessages.Build(message, settings.From);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.Username))
        {
            client.Credentials = new NetworkCredential(settings.Username, settings.Password);
        }

        await client.SendMailAsync(mail, ct);
        LogSent(logger, message.Template, message.OrderNumber, MailMessages.Redact(message.Recipient), message.MessageId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Emailed {Template} for order {OrderNumber} to {Recipient} ({MessageId})")]
    private static partial void LogSent(ILogger logger, string template, string orderNumber, string recipient, string messageId);
}
