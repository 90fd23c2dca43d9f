namespace Headless.Domain.Shipping;

/// <summary>The <see cref="ShipmentProgress"/> of an order from its parcels.</summary>
public static class ShipmentProgressRule
{
    /// <summary>
    /// Null for an order without parcels (nothing is shipped, or nothing is planned yet). While some units are in no
    /// parcel at all (staff shipped part of the order by hand, the rest is not planned yet) the order is at most
    /// partially shipped or delivered, whatever its parcels say.
    /// </summary>
    public static ShipmentProgress? Of(IReadOnlyCollection<Shipment> shipments, bool everyUnitInAParcel = true)
    {
        ArgumentNullException.ThrowIfNull(shipments);
        if (shipments.Count == 0)
        {
            return null;
        }

        var progress = Of(shipments);
        return (everyUnitInAParcel, progress) switch
        {
            (false, ShipmentProgress.Delivered) => ShipmentProgress.PartiallyDelivered,
            (false, ShipmentProgress.Shipped) => ShipmentProgress.PartiallyShipped,
            _ => progress,
        };
    }

    private static ShipmentProgress Of(IReadOnlyCollection<Shipment> shipments)
    {

        var delivered = shipments.Count(s => s.Status == ShipmentStatus.Delivered);
        var booked = shipments.Count(s => s.IsBooked);
        return (delivered, booked) switch
        {
            _ when delivered == shipments.Count => ShipmentProgress.Delivered,
            _ when delivered > 0 => ShipmentProgress.PartiallyDelivered,
            _ when booked == shipments.Count => ShipmentProgress.Shipped,
            _ when booked > 0 => ShipmentProgress.PartiallyShipped,
            _ => ShipmentProgress.NotShipped,
        };
    }
}
