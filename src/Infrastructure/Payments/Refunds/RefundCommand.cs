using Headless.Domain.Payments;

namespace Headless.Infrastructure.Payments.Refunds;

/// <summary>
/// What to refund on an order: <see cref="Lines"/>, or <see cref="Amount"/>, or (neither) everything still refundable.
/// <see cref="MovesOrder"/> false leaves the order's state to the caller (a cancellation ends cancelled, not refunded).
/// </summary>
public sealed record RefundCommand(
    Guid OrderId,
    IReadOnlyList<RefundLineRequest>? Lines,
    decimal? Amount,
    string Reason,
    string IdempotencyKey,
    string Actor,
    Guid? ReturnId = null,
    bool MovesOrder = true);
