namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ReplayWebhookDeliveryInput</c> input.</summary>
internal sealed record ReplayWebhookDeliveryInput(string Id);
