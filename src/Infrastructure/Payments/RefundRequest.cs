using Headless.Domain.Common;

namespace Headless.Infrastructure.Payments;

public sealed record RefundRequest(string AuthorizationId, Money Amount, string IdempotencyKey);
