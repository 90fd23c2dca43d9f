using Headless.Domain.Common;

namespace Headless.Infrastructure.Payments;

public sealed record CaptureRequest(string AuthorizationId, Money Amount, string IdempotencyKey);
