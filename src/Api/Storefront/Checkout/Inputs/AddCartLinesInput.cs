namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>AddCartLinesInput</c> input.</summary>
internal sealed record AddCartLinesInput(string CartId, IReadOnlyList<CartLineInput> Lines);
