namespace Headless.Api.Storefront.Checkout.Inputs;

/// <summary>The <c>RemoveCartLinesInput</c> input: cart lines by global ID.</summary>
internal sealed record RemoveCartLinesInput(string CartId, IReadOnlyList<string> LineIds);
