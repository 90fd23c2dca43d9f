namespace Headless.Infrastructure.Shipping;

/// <summary>
/// A parcel carrier. Booking twice with the same idempotency key returns the first booking (one parcel, one
/// tracking number); progress comes back later through the carrier's signed tracking webhook.
/// </summary>
public interface ICarrier
{
    /// <summary>Stored on each shipment, e.g. "sandbox".</summary>
    string Name { get; }

    Task<CarrierBooking> BookAsync(BookingRequest request, CancellationToken ct = default);
}
