namespace Headless.Infrastructure.Payments.Webhooks;

/// <summary>Settings under <c>Payments:Sandbox</c>.</summary>
public sealed class SandboxWebhookOptions
{
    public const string SectionName = "Payments:Sandbox";

    /// <summary>The shared secret webhooks are signed with. Set it per environment; the default only suits development.</summary>
    public string WebhookSecret { get; set; } = "whsec_sandbox_development_only";

    /// <summary>How far a webhook's timestamp may be from now, either way.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}
