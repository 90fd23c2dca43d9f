namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>CreateCartInput</c> input: optional first lines and email.</summary>
internal sealed record CreateCartInput(IReadOnlyList<CartLineInput>? Lines, string? Email);
