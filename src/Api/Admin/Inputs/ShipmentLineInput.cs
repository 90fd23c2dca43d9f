namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ShipmentLineInput</c> input.</summary>
internal sealed record ShipmentLineInput(string OrderLineId, int Quantity);
