namespace Headless.Domain.Shipping;

/// <summary>
/// How far an order's parcels are, taken together: the order's status says SHIPPED only once every parcel is
/// booked and DELIVERED once every parcel arrived; this tells the steps in between apart.
/// </summary>
public enum ShipmentProgress
{
    /// <summary>No parcel is booked yet.</summary>
    NotShipped,

    /// <summary>Some parcels are booked with the carrier, others not yet.</summary>
    PartiallyShipped,

    /// <summary>Every parcel is booked; none has arrived.</summary>
    Shipped,

    /// <summary>Some parcels have arrived, others are still on their way.</summary>
    PartiallyDelivered,

    /// <summary>Every parcel has arrived.</summary>
    Delivered,
}
