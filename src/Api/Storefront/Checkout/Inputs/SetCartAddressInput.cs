namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>SetCartAddressInput</c> input of the shipping and billing address mutations.</summary>
internal sealed record SetCartAddressInput(string CartId, AddressInput Address);
