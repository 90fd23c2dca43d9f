using Headless.Domain.Ordering;
using Headless.Domain.Shipping;

namespace Headless.Infrastructure.Shipping;

/// <summary>How much of an order its parcels hold: an order is shipped once every unit to ship is in a booked parcel.</summary>
public static class ShipmentCoverage
{
    /// <summary>Units of each shipped line not yet in any parcel, by order line ID.</summary>
    public static IReadOnlyDictionary<Guid, int> Unshipped(Order order, IEnumerable<Shipment> shipments)
    {
        ArgumentNullException.ThrowIfNull(order);
        var packed = shipments.SelectMany(s => s.Lines).GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        return order.Lines.Where(l => l.RequiresShipping)
            .ToDictionary(l => l.Id, l => Math.Max(0, l.Quantity - packed.GetValueOrDefault(l.Id)));
    }

    /// <summary>Whether every unit to ship is in some parcel, booked or only planned.</summary>
    public static bool EveryUnitInAParcel(Order order, IEnumerable<Shipment> shipments) =>
        Unshipped(order, shipments).Values.All(units => units == 0);

    public static bool CoversEveryUnit(Order order, IReadOnlyCollection<Shipment> shipments) =>
        shipments.All(s => s.IsBooked) && Unshipped(order, shipments).Values.All(units => units == 0);
}
