using Headless.Domain.Checkout;

namespace Headless.Infrastructure.Payments;

/// <summary>What the availability rules look at: the cart's country (null without an address), total and contents.</summary>
public sealed record PaymentMethodAvailability(string? CountryCode, string Currency, decimal Total, bool HasPhysicalGoods, bool HasDigitalGoodsOrServices)
{
    /// <summary>The country is the shipping address's, else the billing address's.</summary>
    public static PaymentMethodAvailability For(Cart cart, CartTotals totals)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(totals);
        var country = (cart.ShippingAddress ?? cart.BillingAddress)?.CountryCode;
        return new PaymentMethodAvailability(
            string.IsNullOrEmpty(country) ? null : country,
            totals.Total.Currency,
            totals.Total.Amount,
            totals.Lines.Any(l => l.Variant.RequiresShipping),
            totals.Lines.Any(l => !l.Variant.RequiresShipping));
    }
}
