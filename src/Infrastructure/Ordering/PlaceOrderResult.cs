using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Checkout;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// The order (or the user errors). <see cref="AccessToken"/> is the guest's secret for reading the order. A
/// replay of the same idempotency key returns the order with <see cref="Replayed"/> set and the same token,
/// unsealed with the cart token the repeat presented (null only for orders placed before tokens were sealed).
/// </summary>
public sealed record PlaceOrderResult(Order? Order, string? AccessToken, PaymentStatus? PaymentStatus, bool Replayed, IReadOnlyList<CheckoutError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static PlaceOrderResult Failed(params CheckoutError[] errors) => new(null, null, null, false, errors);
}
