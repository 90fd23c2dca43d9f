namespace Headless.Infrastructure.Payments.Webhooks;

/// <summary>Settings under <c>Payments:Sandbox</c>: whether the sandbox provider runs, and its webhook secret.</summary>
public sealed class SandboxWebhookOptions
{
    public const string SectionName = "Payments:Sandbox";
    public const string WebhookSecretSetting = SectionName + ":WebhookSecret";

    /// <summary>The built-in secret: fine on a laptop, refused at start-up anywhere else.</summary>
    public const string DevelopmentWebhookSecret = "whsec_sandbox_development_only";

    /// <summary>
    /// Whether the sandbox takes payments (it approves test tokens and moves no money). Off unless set:
    /// <c>appsettings.Development.json</c> turns it on for development.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>The shared secret webhooks are signed with. Set it per environment; the default only suits development.</summary>
    public string WebhookSecret { get; set; } = DevelopmentWebhookSecret;

    /// <summary>How far a webhook's timestamp may be from now, either way.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}
