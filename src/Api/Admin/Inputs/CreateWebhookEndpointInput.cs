namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateWebhookEndpointInput</c> input.</summary>
internal sealed record CreateWebhookEndpointInput(string Name, string Url, IReadOnlyList<string> Events);
