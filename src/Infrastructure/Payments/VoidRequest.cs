namespace Headless.Infrastructure.Payments;

public sealed record VoidRequest(string AuthorizationId, string IdempotencyKey);
