using Headless.Domain.Common;

namespace Headless.Domain.Checkout;

/// <summary>
/// The methods offered for a destination. The shop ships from Germany: domestic, EU, UK and the rest of
/// the world are priced apart. Amounts are in the cart's currency (the catalog has one).
/// </summary>
public static class ShippingRates
{
    public const string Standard = "STANDARD";
    public const string Express = "EXPRESS";

    private static readonly HashSet<string> EuropeanUnion =
    [
        "AT", "BE", "BG", "CY", "CZ", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ];

    // Destinations we do not ship to (sanctions, carriers); the list is short on purpose.
    private static readonly HashSet<string> NotServed = ["KP", "IR", "SY", "CU"];

    public static IReadOnlyList<ShippingMethod> OfferedFor(Address address, string currency)
    {
        ArgumentNullException.ThrowIfNull(address);
        var country = address.CountryCode;
        if (NotServed.Contains(country) || country.Length != 2)
        {
            return [];
        }

        var (standard, express, days) = country switch
        {
            "DE" => (4.90m, 9.90m, (1, 3)),
            _ when EuropeanUnion.Contains(country) => (9.90m, 19.90m, (3, 6)),
            "GB" => (12.90m, 24.90m, (3, 7)),
            _ => (24.90m, 49.90m, (7, 14)),
        };

        return
        [
            new ShippingMethod(Standard, "Standard", new Money(standard, currency), days.Item1, days.Item2),
            new ShippingMethod(Express, "Express", new Money(express, currency), 1, Math.Max(1, days.Item1 - 1)),
        ];
    }

    public static ShippingMethod? Find(Address address, string currency, string code) =>
        OfferedFor(address, currency).FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));
}
