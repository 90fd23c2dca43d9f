namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>The outcome of an endpoint change: the endpoint, the new secret when one was made (shown once), or why not.</summary>
public sealed record WebhookEndpointChange(WebhookEndpoint? Endpoint, string? Secret, WebhookEndpointError? Error)
{
    public static WebhookEndpointChange Refused(string code, string message, string? field = null) => new(null, null, new WebhookEndpointError(code, message, field));
}
