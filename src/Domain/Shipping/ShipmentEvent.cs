namespace Headless.Domain.Shipping;

/// <summary>One scan or status report of the carrier, oldest first on the shipment.</summary>
public sealed record ShipmentEvent(ShipmentStatus Status, DateTimeOffset OccurredAt, string? Note);
