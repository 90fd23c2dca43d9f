namespace Headless.Domain.Checkout;

/// <summary>
/// A postal address as the shopper typed it, trimmed; blank optional parts become null, the country code
/// and postal code are upper-cased. Whether it is complete for its country is <see cref="AddressRules"/>' call.
/// </summary>
public sealed record Address
{
    public Address(
        string? firstName,
        string? lastName,
        string? line1,
        string? line2,
        string? city,
        string? region,
        string? postalCode,
        string? countryCode,
        string? company = null,
        string? phone = null)
    {
        FirstName = Clean(firstName);
        LastName = Clean(lastName);
        Company = Clean(company);
        Line1 = Clean(line1);
        Line2 = Clean(line2);
        City = Clean(city);
        Region = Clean(region);
        PostalCode = Clean(postalCode)?.ToUpperInvariant();
        CountryCode = Clean(countryCode)?.ToUpperInvariant() ?? string.Empty;
        Phone = Clean(phone);
    }

    // For EF Core materialization.
    private Address()
    {
        CountryCode = string.Empty;
    }

    public string? FirstName { get; private init; }

    public string? LastName { get; private init; }

    public string? Company { get; private init; }

    public string? Line1 { get; private init; }

    public string? Line2 { get; private init; }

    public string? City { get; private init; }

    /// <summary>State, province or prefecture.</summary>
    public string? Region { get; private init; }

    public string? PostalCode { get; private init; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DE.</summary>
    public string CountryCode { get; private init; }

    public string? Phone { get; private init; }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
