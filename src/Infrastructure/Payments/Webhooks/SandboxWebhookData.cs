namespace Headless.Infrastructure.Payments.Webhooks;

public sealed record SandboxWebhookData(string AuthorizationId, decimal? Amount);
