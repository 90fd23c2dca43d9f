namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>CreateShipmentInput</c> input.</summary>
internal sealed record CreateShipmentInput(string OrderId, string Carrier, string TrackingNumber, string? TrackingUrl, string? LocationId, IReadOnlyList<ShipmentLineInput> Lines, string IdempotencyKey);
