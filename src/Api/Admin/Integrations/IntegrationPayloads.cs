using Headless.Infrastructure.Integrations.Webhooks;

namespace Headless.Api.Admin.Integrations;

/// <summary>The payload records of the webhook and pipeline mutations, named as their SDL types.</summary>
internal static class IntegrationPayloads
{
    public sealed record WebhookEndpointPayload(WebhookEndpoint? Endpoint, string? Secret, IReadOnlyList<AdminError> Errors);

    public sealed record ReplayWebhookDeliveryPayload(WebhookDelivery? Delivery, IReadOnlyList<AdminError> Errors);

    public sealed record ReplayWebhookDeliveriesPayload(int Queued, IReadOnlyList<AdminError> Errors);

    public sealed record RerunParkedStepPayload(bool Queued, IReadOnlyList<AdminError> Errors);
}
