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

    /// <summary>The recipient refused the parcel at the door; the carrier brings it back.</summary>
    Refused,

    /// <summary>The parcel is back at the location it left (refused, or never collected): its goods can go back on hand.</summary>
    ReturnedToSender,
}
