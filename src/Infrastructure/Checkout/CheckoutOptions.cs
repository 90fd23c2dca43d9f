namespace Headless.Infrastructure.Checkout;

/// <summary>Settings under <c>Checkout</c>.</summary>
public sealed class CheckoutOptions
{
    public const string SectionName = "Checkout";

    /// <summary>How long a cart holds the stock its lines ask for; zero turns reservations off.</summary>
    public TimeSpan ReservationDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often lapsed reservations are deleted (they are ignored as soon as they lapse); zero turns it off.</summary>
    public TimeSpan ReservationPurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Most units of one variant a cart may hold (and so reserve), so that one cart cannot take a product off
    /// sale for everyone else; at most <see cref="Domain.Checkout.Cart.MaxQuantity"/>.
    /// </summary>
    public int MaxQuantityPerVariant { get; set; } = 10;

    /// <summary>The currency of an empty cart (a cart takes the currency of its first line).</summary>
    public string DefaultCurrency { get; set; } = "EUR";
}
