namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>SetStockLocationCapabilitiesInput</c> input.</summary>
internal sealed record SetStockLocationCapabilitiesInput(string Id, bool Pickup, bool Shipping);
