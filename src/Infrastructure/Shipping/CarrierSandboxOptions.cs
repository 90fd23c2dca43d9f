namespace Headless.Infrastructure.Shipping;

/// <summary>Settings under <c>Carriers:Sandbox</c>.</summary>
public sealed class CarrierSandboxOptions
{
    public const string SectionName = "Carriers:Sandbox";
    public const string WebhookSecretSetting = SectionName + ":WebhookSecret";

    /// <summary>The built-in secret: fine on a laptop, refused at start-up anywhere else.</summary>
    public const string DevelopmentWebhookSecret = "whsec_carrier_sandbox_development_only";

    /// <summary>Whether the sandbox carrier books parcels (it ships nothing). Off unless set: appsettings.Development.json turns it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The secret tracking webhooks are signed with.</summary>
    public string WebhookSecret { get; set; } = DevelopmentWebhookSecret;

    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether the sandbox moves its parcels along by itself (in transit, out for delivery, delivered), sending
    /// signed tracking webhooks through the real path. Off unless set: appsettings.Development.json turns it on.
    /// </summary>
    public bool AutoAdvance { get; set; }

    /// <summary>How long a parcel stays in each status when moving on by itself.</summary>
    public TimeSpan AdvanceEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the carrier takes to answer after booking (a slow carrier, for tests that kill the process in between).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;
}
