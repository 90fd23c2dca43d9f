namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>SetCartShippingMethodInput</c> input.</summary>
internal sealed record SetCartShippingMethodInput(string CartId, string Code);
