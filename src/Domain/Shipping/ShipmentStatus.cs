namespace Headless.Domain.Shipping;

/// <summary>Where a parcel is; moves only forward (see <see cref="Shipment.Advance"/>).</summary>
public enum ShipmentStatus
{
    /// <summary>Picked and packed; not yet booked with the carrier.</summary>
    Planned,

    /// <summary>Booked: the carrier gave a tracking number and a label.</summary>
    LabelCreated,
    InTransit,
    OutForDelivery,
    Delivered,

    /// <summary>The carrier could not deliver (it may try again: out for delivery or delivered can follow).</summary>
    DeliveryFailed,
}
