namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ReplayWebhookDeliveriesInput</c> input.</summary>
internal sealed record ReplayWebhookDeliveriesInput(string EndpointId, DateTimeOffset From, DateTimeOffset To);
