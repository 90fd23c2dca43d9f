using Headless.Api.Storefront.Checkout.Inputs;

namespace Headless.Api.Storefront.Accounts.Inputs;

/// <summary>The <c>AddAddressInput</c> input.</summary>
internal sealed record AddAddressInput(AddressInput Address, bool? SetDefault)
{
    public override string ToString() => "AddAddressInput";
}
