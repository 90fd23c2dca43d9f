namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>SetCartEmailInput</c> input.</summary>
internal sealed record SetCartEmailInput(string CartId, string Email);
