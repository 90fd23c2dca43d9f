using Headless.Api.Storefront.Checkout.Inputs;

namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>UpdateAddressInput</c> input.</summary>
internal sealed record UpdateAddressInput(string Id, AddressInput Address)
{
    public override string ToString() => "UpdateAddressInput";
}
