namespace Headless.Infrastructure.Payments.Webhooks;

/// <summary>
/// What an event is about. <see cref="Amount"/> and <see cref="Currency"/> are optional: absent, a capture is of
/// the authorized amount and a refund of everything refundable; present, they must be exactly that.
/// </summary>
public sealed record SandboxWebhookData(string AuthorizationId, decimal? Amount, string? Currency = null);
