namespace Headless.Infrastructure.Payments;

/// <summary>
/// The payment methods this server offers: each code a registered provider takes (the last provider registered for
/// a code wins, as with any service) and that <c>Payments:Methods:&lt;code&gt;:Enabled</c> allows — card by default,
/// the others only when switched on. Which of them a cart may use follows <see cref="PaymentMethod.WhyNotFor"/>.
/// </summary>
public sealed class PaymentMethodCatalog
{
    private readonly IReadOnlyList<IPaymentProvider> _providers;
    private readonly Dictionary<string, PaymentMethod> _methods = new(StringComparer.Ordinal);

    public PaymentMethodCatalog(IEnumerable<IPaymentProvider> providers, PaymentOptions options)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(options);
        _providers = providers.ToList();
        foreach (var provider in _providers)
        {
            foreach (var code in provider.Methods)
            {
                var settings = options.Methods.GetValueOrDefault(code) ?? new PaymentMethodOptions();
                if (settings.Enabled ?? code == PaymentMethodCodes.Card)
                {
                    _methods[code] = new PaymentMethod(code, DisplayName(code), provider, settings);
                }
            }
        }

        Methods = [.. _methods.Values.OrderBy(m => Rank(m.Code)).ThenBy(m => m.Code, StringComparer.Ordinal)];
        Codes = [.. Methods.Select(m => m.Code)];
    }

    /// <summary>Every method offered, whatever the cart; empty when no provider is configured.</summary>
    public IReadOnlyList<PaymentMethod> Methods { get; }

    public IReadOnlyList<string> Codes { get; }

    public PaymentMethod? Find(string? code) => code is null ? null : _methods.GetValueOrDefault(code);

    /// <summary>The methods <paramref name="cart"/> may be paid with, in the catalogue's order.</summary>
    public IReadOnlyList<PaymentMethod> AvailableFor(PaymentMethodAvailability cart) =>
        [.. Methods.Where(m => m.WhyNotFor(cart) is null)];

    /// <summary>
    /// The provider a stored payment was made with (by <c>payments.provider</c>); payments from before the catalogue
    /// existed name the only provider there was, so the last one registered stands in when none matches.
    /// </summary>
    public IPaymentProvider? ProviderNamed(string name) =>
        _providers.LastOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal)) ?? _providers.LastOrDefault();

    /// <summary>Whether payments of <paramref name="methodCode"/> are captured only once the parcel is delivered.</summary>
    public static bool CapturesOnDelivery(string methodCode) => methodCode == PaymentMethodCodes.CashOnDelivery;

    private static string DisplayName(string code) => code switch
    {
        PaymentMethodCodes.Card => "Card",
        PaymentMethodCodes.Wallet => "Wallet (scan or open the app)",
        PaymentMethodCodes.BankTransfer => "Bank transfer",
        PaymentMethodCodes.CashOnDelivery => "Cash on delivery",
        _ => code,
    };

    private static int Rank(string code)
    {
        var index = PaymentMethodCodes.All.ToList().IndexOf(code);
        return index < 0 ? int.MaxValue : index;
    }
}
