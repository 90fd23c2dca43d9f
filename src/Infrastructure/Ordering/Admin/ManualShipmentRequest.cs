namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>A parcel staff booked themselves: the carrier, its tracking number, and units of order lines.</summary>
public sealed record ManualShipmentRequest(string Carrier, string TrackingNumber, string? TrackingUrl, Guid? LocationId, IReadOnlyList<(Guid OrderLineId, int Quantity)> Lines);
