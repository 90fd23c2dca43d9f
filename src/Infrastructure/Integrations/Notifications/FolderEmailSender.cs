using System.Net.Mail;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// The Development sink: each message becomes an <c>.eml</c> file in <see cref="Folder"/> (open it in any mail
/// client) and one log line with the recipient redacted. Nothing leaves the machine.
/// </summary>
public sealed partial class FolderEmailSender(string folder, string from, ILogger<FolderEmailSender> logger) : IEmailSender
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SendAsync(NotificationMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        using var mail = MailMessages.Build(message, from);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Folder,
        };
        await client.SendMailAsync(mail, ct);
        LogWritten(logger, message.Template, message.OrderNumber, MailMessages.Redact(message.Recipient), Folder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote email {Template} for order {OrderNumber} to {Recipient} into {Folder}")]
    private static partial void LogWritten(ILogger logger, string template, string orderNumber, string recipient, string folder);
}
