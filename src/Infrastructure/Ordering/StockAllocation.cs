namespace Headless.Infrastructure.Ordering;

/// <summary>Units of a variant an order took from one location; given back when the order is cancelled before shipping.</summary>
public sealed class StockAllocation
{
    public StockAllocation(Guid orderId, Guid variantId, Guid locationId, int quantity)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        VariantId = variantId;
        LocationId = locationId;
        Quantity = quantity;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid VariantId { get; private set; }

    public Guid LocationId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>When the pipeline confirmed this pick (the location it is sent from); null while it is only held.</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The parcel it goes in, once shipments are planned.</summary>
    public Guid? ShipmentId { get; private set; }

    public void Confirm(DateTimeOffset at) => ConfirmedAt ??= at.ToUniversalTime();

    public void AssignTo(Guid shipmentId) => ShipmentId = shipmentId;

    /// <summary>Units leave with a parcel booked by hand; returns what stays allocated.</summary>
    public int Take(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantity, Quantity);
        Quantity -= quantity;
        return Quantity;
    }
}
