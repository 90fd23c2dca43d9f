using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>Builds the MIME message both senders hand over: plain text with an HTML alternative and our Message-ID.</summary>
internal static class MailMessages
{
    public static MailMessage Build(NotificationMessage message, string from)
    {
        var mail = new MailMessage(new MailAddress(from), new MailAddress(message.Recipient))
        {
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Text,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        mail.Headers.Add("Message-ID", message.MessageId);
        return mail;
    }

    /// <summary><c>s***@e***</c>: enough for an operator to tell two messages apart, not enough to identify anyone.</summary>
    public static string Redact(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 || at == address.Length - 1 ? "***" : $"{address[0]}***@{address[at + 1]}***";
    }
}
