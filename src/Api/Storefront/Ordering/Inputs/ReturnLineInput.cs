namespace Headless.Api.Storefront.Ordering.Inputs;

/// <summary>The <c>ReturnLineInput</c> input.</summary>
internal sealed record ReturnLineInput(string LineId, int Quantity);
