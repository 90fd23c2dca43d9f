using Headless.Domain.Checkout;

namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>AddressInput</c> input; <see cref="ToAddress"/> gives the domain's address, which trims and normalizes it.</summary>
internal sealed record AddressInput(
    string? FirstName,
    string? LastName,
    string? Company,
    string? Line1,
    string? Line2,
    string? City,
    string? Region,
    string? PostalCode,
    string CountryCode,
    string? Phone)
{
    public Address ToAddress() => new(FirstName, LastName, Line1, Line2, City, Region, PostalCode, CountryCode, Company, Phone);
}
