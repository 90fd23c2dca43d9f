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
}
