namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateStockLocationInput</c> input.</summary>
internal sealed record CreateStockLocationInput(string Code, string Name, bool? Pickup, bool? Shipping);
