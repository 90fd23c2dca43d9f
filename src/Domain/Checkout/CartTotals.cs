using Headless.Domain.Common;

namespace Headless.Domain.Checkout;

/// <summary>
/// A cart priced from current catalog prices. <see cref="Discount"/> is always zero until discounts exist;
/// it is here so the total's formula does not change when they arrive.
/// </summary>
public sealed record CartTotals(
    IReadOnlyList<PricedCartLine> Lines,
    IReadOnlyList<Guid> MissingVariantIds,
    Money Subtotal,
    Money Shipping,
    Money Discount,
    Money Total,
    bool RequiresShipping,
    ShippingMethod? ShippingMethod)
{
    public string Currency => Total.Currency;
}
