using System.Text.RegularExpressions;

namespace Headless.Domain.Checkout;

/// <summary>What a country's addresses need: whether a region is required, and the postal code's shape.</summary>
public sealed record CountryAddressFormat(string CountryCode, bool RegionRequired, bool PostalCodeRequired, Regex? PostalCode, string? PostalCodeExample)
{
    public bool AcceptsPostalCode(string postalCode) => PostalCode is null || PostalCode.IsMatch(postalCode);
}
