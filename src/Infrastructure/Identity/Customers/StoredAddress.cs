using System.Text.Json;
using Headless.Domain.Checkout;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>The JSON form of an address before it is encrypted (the domain's <see cref="Address"/> has no public setters).</summary>
public sealed record StoredAddress(string? FirstName, string? LastName, string? Company, string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string CountryCode, string? Phone)
{
    public static string Serialize(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return JsonSerializer.Serialize(new StoredAddress(address.FirstName, address.LastName, address.Company, address.Line1, address.Line2, address.City, address.Region, address.PostalCode, address.CountryCode, address.Phone));
    }

    public static Address Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredAddress>(json) ?? throw new InvalidOperationException("An empty stored address.");
        return new Address(stored.FirstName, stored.LastName, stored.Line1, stored.Line2, stored.City, stored.Region, stored.PostalCode, stored.CountryCode, stored.Company, stored.Phone);
    }
}
