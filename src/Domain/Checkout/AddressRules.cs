using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Headless.Domain.Checkout;

/// <summary>
/// Required fields and postal-code formats per country. Countries without an entry get the common rules
/// only (name, street, city, country; a postal code if given is at most <see cref="MaxPostalCodeLength"/>).
/// </summary>
public static class AddressRules
{
    public const int MaxNameLength = 100;
    public const int MaxLineLength = 200;
    public const int MaxCityLength = 100;
    public const int MaxRegionLength = 100;
    public const int MaxPostalCodeLength = 16;
    public const int MaxPhoneLength = 32;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private static readonly FrozenDictionary<string, CountryAddressFormat> Formats = new[]
    {
        Format("US", regionRequired: true, @"^\d{5}(-\d{4})?$", "94103 or 94103-1234"),
        Format("CN", regionRequired: true, @"^\d{6}$", "100000"),
        // Outward code (area + district) and inward code (sector + unit); the space is optional when typed.
        Format("GB", regionRequired: false, @"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", "SW1A 1AA"),
        Format("DE", regionRequired: false, @"^\d{5}$", "10115"),
        Format("FR", regionRequired: false, @"^\d{5}$", "75001"),
        Format("JP", regionRequired: true, @"^\d{3}-?\d{4}$", "100-0001"),
    }.ToFrozenDictionary(f => f.CountryCode, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> CountriesWithFormats => Formats.Keys;

    public static CountryAddressFormat? FormatFor(string countryCode) => Formats.GetValueOrDefault(countryCode);

    /// <summary>Every problem with <paramref name="address"/>, in field order; empty when it is complete.</summary>
    public static IReadOnlyList<AddressProblem> Validate(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var problems = new List<AddressProblem>();

        Required(problems, "firstName", address.FirstName, MaxNameLength);
        Required(problems, "lastName", address.LastName, MaxNameLength);
        Optional(problems, "company", address.Company, MaxNameLength);
        Required(problems, "line1", address.Line1, MaxLineLength);
        Optional(problems, "line2", address.Line2, MaxLineLength);
        Required(problems, "city", address.City, MaxCityLength);

        if (address.CountryCode.Length != 2 || !address.CountryCode.All(char.IsAsciiLetterUpper))
        {
            problems.Add(new AddressProblem("countryCode", "Country must be an ISO 3166-1 alpha-2 code such as DE."));
            return problems;
        }

        if (!IsoCountryCodes.IsAssigned(address.CountryCode))
        {
            problems.Add(new AddressProblem("countryCode", $"'{address.CountryCode}' is not an assigned ISO 3166-1 alpha-2 country code (e.g. DE, US, GB)."));
            return problems;
        }

        var format = FormatFor(address.CountryCode);
        if (format?.RegionRequired == true)
        {
            Required(problems, "region", address.Region, MaxRegionLength);
        }
        else
        {
            Optional(problems, "region", address.Region, MaxRegionLength);
        }

        if (address.PostalCode is null)
        {
            if (format?.PostalCodeRequired == true)
            {
                problems.Add(new AddressProblem("postalCode", $"Postal code is required for {address.CountryCode}."));
            }
        }
        else if (address.PostalCode.Length > MaxPostalCodeLength)
        {
            problems.Add(new AddressProblem("postalCode", $"Postal code must be at most {MaxPostalCodeLength} characters."));
        }
        else if (format is not null && !format.AcceptsPostalCode(address.PostalCode))
        {
            problems.Add(new AddressProblem(
                "postalCode",
                $"'{address.PostalCode}' is not a valid postal code for {address.CountryCode} (e.g. {format.PostalCodeExample})."));
        }

        Optional(problems, "phone", address.Phone, MaxPhoneLength);
        return problems;
    }

    private static CountryAddressFormat Format(string country, bool regionRequired, string postalPattern, string example) =>
        new(country, regionRequired, PostalCodeRequired: true, new Regex(postalPattern, RegexOptions.CultureInvariant, MatchTimeout), example);

    private static void Required(List<AddressProblem> problems, string field, string? value, int maxLength)
    {
        if (value is null)
        {
            problems.Add(new AddressProblem(field, $"{field} is required."));
        }
        else
        {
            Optional(problems, field, value, maxLength);
        }
    }

    private static void Optional(List<AddressProblem> problems, string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            problems.Add(new AddressProblem(field, $"{field} must be at most {maxLength} characters."));
        }
    }
}
