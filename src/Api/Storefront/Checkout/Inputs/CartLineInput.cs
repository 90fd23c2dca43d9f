namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>CartLineInput</c> input: a variant (global ID) and how many.</summary>
internal sealed record CartLineInput(string VariantId, int Quantity, string? Recipient = null);
