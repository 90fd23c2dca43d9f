namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>Settings under <c>Notifications:Smtp</c>. <see cref="EnableSsl"/> means STARTTLS (System.Net.Mail's only TLS mode).</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Headless <no-reply@localhost>";

    public bool EnableSsl { get; set; } = true;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public override string ToString() => $"SmtpSettings {Host}:{Port}";
}
