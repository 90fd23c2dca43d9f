namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>UpdateCartLinesInput</c> input.</summary>
internal sealed record UpdateCartLinesInput(string CartId, IReadOnlyList<CartLineUpdateInput> Lines);
