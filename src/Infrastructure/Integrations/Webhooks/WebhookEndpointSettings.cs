namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>One endpoint under <c>Webhooks:Endpoints:&lt;name&gt;</c>: <c>Url</c>, <c>Secret</c> (<c>whsec_…</c>), <c>Events</c> (types; empty or <c>*</c> for all), <c>Enabled</c>.</summary>
public sealed class WebhookEndpointSettings
{
    public string? Url { get; set; }

    public string? Secret { get; set; }

    public List<string> Events { get; set; } = [];

    public bool Enabled { get; set; } = true;
}
