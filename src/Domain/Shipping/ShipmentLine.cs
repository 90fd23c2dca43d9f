namespace Headless.Domain.Shipping;

/// <summary>Units of one order line in one parcel.</summary>
public sealed record ShipmentLine(Guid OrderLineId, Guid VariantId, string Sku, int Quantity);
