using Headless.Domain.Checkout;

namespace Headless.Api.Storefront.Checkout;

/// <summary>Reads an <c>AddressInput</c> object into the domain's <see cref="Address"/>, which trims and normalizes it.</summary>
internal static class AddressInput
{
    public static Address ToAddress(IReadOnlyDictionary<string, object?> input) => new(
        input.Get<string>("firstName"),
        input.Get<string>("lastName"),
        input.Get<string>("line1"),
        input.Get<string>("line2"),
        input.Get<string>("city"),
        input.Get<string>("region"),
        input.Get<string>("postalCode"),
        input.Get<string>("countryCode"),
        input.Get<string>("company"),
        input.Get<string>("phone"));
}
