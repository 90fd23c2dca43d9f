namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>WebhookEndpointIdInput</c> input.</summary>
internal sealed record WebhookEndpointIdInput(string Id);
