namespace Headless.Infrastructure.Payments;

/// <summary>A method of the catalogue, backed by <see cref="Provider"/>; <c>Cart.availablePaymentMethods</c> lists these.</summary>
public sealed record PaymentMethod(string Code, string Name, IPaymentProvider Provider, PaymentMethodOptions Options)
{
    /// <summary>Cash on delivery needs a parcel to hand over and a carrier to collect: it is never captured before delivery.</summary>
    public bool CapturesOnDelivery => PaymentMethodCatalog.CapturesOnDelivery(Code);

    /// <summary>Why the method is not offered for <paramref name="cart"/>, or null when it is.</summary>
    public string? WhyNotFor(PaymentMethodAvailability cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        if (CapturesOnDelivery && (!cart.HasPhysicalGoods || cart.HasDigitalGoodsOrServices))
        {
            return "Cash on delivery is only for carts of physical goods: digital goods and services are delivered before any carrier could collect.";
        }

        if (Options.Countries.Count > 0 && (cart.CountryCode is null || !Options.Countries.Contains(cart.CountryCode, StringComparer.OrdinalIgnoreCase)))
        {
            return cart.CountryCode is null
                ? $"{Name} depends on the country: set an address first."
                : $"{Name} is not offered in {cart.CountryCode}.";
        }

        if (Options.Currencies.Count > 0 && !Options.Currencies.Contains(cart.Currency, StringComparer.OrdinalIgnoreCase))
        {
            return $"{Name} does not take {cart.Currency}.";
        }

        if (Options.MinTotal is { } min && cart.Total < min)
        {
            return $"{Name} needs a total of at least {min} {cart.Currency}.";
        }

        return Options.MaxTotal is { } max && cart.Total > max
            ? $"{Name} takes at most {max} {cart.Currency}."
            : null;
    }
}
