namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>CartLineUpdateInput</c> input: a cart line (global ID) and its new quantity.</summary>
internal sealed record CartLineUpdateInput(string Id, int Quantity);
