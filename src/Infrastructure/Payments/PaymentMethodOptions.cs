namespace Headless.Infrastructure.Payments;

/// <summary>
/// <c>Payments:Methods:&lt;code&gt;</c>: whether a method is offered and to which carts. Empty lists mean "any";
/// limits are on the cart's total in its own currency.
/// </summary>
public sealed class PaymentMethodOptions
{
    /// <summary>Offered at all. Null takes the method's default: card on, the others off unless set (Development turns them on).</summary>
    public bool? Enabled { get; set; }

    /// <summary>ISO country codes of the shipping (else billing) address the method is offered for; a cart without an address then gets none.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>ISO currency codes the method takes.</summary>
    public List<string> Currencies { get; set; } = [];

    /// <summary>The smallest cart total the method takes.</summary>
    public decimal? MinTotal { get; set; }

    /// <summary>The largest cart total the method takes.</summary>
    public decimal? MaxTotal { get; set; }

    /// <summary>
    /// How long an order paid this way may wait for the shopper (wallet scan, bank funds) before it is cancelled and
    /// its stock released; null takes <see cref="PaymentOptions.RequiresActionTimeout"/>.
    /// </summary>
    public TimeSpan? ActionTimeout { get; set; }
}
