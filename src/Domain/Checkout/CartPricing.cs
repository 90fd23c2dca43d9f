using Headless.Domain.Common;

namespace Headless.Domain.Checkout;

/// <summary>
/// Prices a cart on the server: unit prices come from the catalog snapshot passed in, shipping from
/// <see cref="ShippingRates"/>; nothing a client sends is ever part of the sum.
/// </summary>
public static class CartPricing
{
    public static CartTotals Price(Cart cart, IReadOnlyDictionary<Guid, VariantSnapshot> variants, string fallbackCurrency)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(variants);

        var lines = new List<PricedCartLine>();
        var missing = new List<Guid>();
        foreach (var line in cart.Lines)
        {
            if (variants.TryGetValue(line.VariantId, out var variant))
            {
                lines.Add(new PricedCartLine(line.Id, variant, line.Quantity, variant.UnitPrice.Multiply(line.Quantity), line.Recipient));
            }
            else
            {
                missing.Add(line.VariantId);
            }
        }

        var currency = lines.Count > 0 ? lines[0].Variant.UnitPrice.Currency : fallbackCurrency;
        var subtotal = lines.Aggregate(Money.Zero(currency), (sum, line) => sum.Add(line.LineTotal));
        var requiresShipping = lines.Any(l => l.Variant.RequiresShipping);

        var method = requiresShipping && cart.ShippingAddress is not null && cart.ShippingMethodCode is not null
            ? ShippingRates.Find(cart.ShippingAddress, currency, cart.ShippingMethodCode)
            : null;
        var shipping = method?.Price ?? Money.Zero(currency);
        var discount = Money.Zero(currency);
        var total = new Money(subtotal.Amount + shipping.Amount - discount.Amount, currency);

        return new CartTotals(lines, missing, subtotal, shipping, discount, total, requiresShipping, method);
    }
}
