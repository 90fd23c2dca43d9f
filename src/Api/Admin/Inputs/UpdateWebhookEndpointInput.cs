namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>UpdateWebhookEndpointInput</c> input.</summary>
internal sealed record UpdateWebhookEndpointInput(string Id, string? Url, IReadOnlyList<string>? Events, bool? Enabled);
