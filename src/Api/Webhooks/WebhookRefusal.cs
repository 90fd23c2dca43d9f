namespace Headless.Api.Webhooks;

/// <summary>The body of every refused webhook: why, for the developer wiring the provider, and a stable code.</summary>
public sealed record WebhookRefusal(string Error, string Code);
