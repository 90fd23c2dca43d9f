using Headless.Domain.Inventory.Events;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory;

/// <summary>
/// How many units of one variant a location holds (<see cref="OnHand"/>) and how many of those are
/// promised to orders (<see cref="Allocated"/>). Invariant: 0 ≤ Allocated ≤ OnHand. Every change
/// raises an event so a movement ledger can be kept.
/// </summary>
public sealed class StockLevel : AggregateRoot
{
    public const int MaxReasonLength = 200;

    public StockLevel(Guid variantId, Guid locationId, int onHand = 0)
    {
        VariantId = Guard.Id(variantId, InventoryErrorCodes.VariantRequired, "A variant");
        LocationId = Guard.Id(locationId, InventoryErrorCodes.LocationRequired, "A stock location");
        OnHand = onHand >= 0
            ? onHand
            : throw new DomainException(InventoryErrorCodes.InvalidQuantity, $"On-hand stock cannot be negative, was {onHand}.");
    }

    // For EF Core materialization.
    private StockLevel()
    {
    }

    public Guid VariantId { get; private set; }

    public Guid LocationId { get; private set; }

    public int OnHand { get; private set; }

    public int Allocated { get; private set; }

    public int Available => OnHand - Allocated;

    public bool IsInStock => Available > 0;

    /// <summary>Goods arrived (a delivery, a return to shelf).</summary>
    public void Receive(int quantity)
    {
        Guard.PositiveQuantity(quantity, InventoryErrorCodes.InvalidQuantity);
        OnHand = checked(OnHand + quantity);
        AddDomainEvent(new StockReceived(Id, VariantId, LocationId, quantity));
    }

    /// <summary>Reserves units for an order; never more than are available.</summary>
    public void Allocate(int quantity)
    {
        Guard.PositiveQuantity(quantity, InventoryErrorCodes.InvalidQuantity);
        if (quantity > Available)
        {
            throw new DomainException(
                InventoryErrorCodes.InsufficientStock,
                $"Cannot allocate {quantity}: only {Available} available.");
        }

        Allocated += quantity;
        AddDomainEvent(new StockAllocated(Id, VariantId, LocationId, quantity));
    }

    /// <summary>Gives back units an order no longer needs (cancellation, expiry).</summary>
    public void Release(int quantity)
    {
        Guard.PositiveQuantity(quantity, InventoryErrorCodes.InvalidQuantity);
        if (quantity > Allocated)
        {
            throw new DomainException(
                InventoryErrorCodes.ReleaseExceedsAllocated,
                $"Cannot release {quantity}: only {Allocated} allocated.");
        }

        Allocated -= quantity;
        AddDomainEvent(new StockReleased(Id, VariantId, LocationId, quantity));
    }

    /// <summary>Allocated units leave the building: both on-hand and allocated drop.</summary>
    public void Ship(int quantity)
    {
        Guard.PositiveQuantity(quantity, InventoryErrorCodes.InvalidQuantity);
        if (quantity > Allocated)
        {
            throw new DomainException(
                InventoryErrorCodes.ShipExceedsAllocated,
                $"Cannot ship {quantity}: only {Allocated} allocated.");
        }

        Allocated -= quantity;
        OnHand -= quantity;
        AddDomainEvent(new StockShipped(Id, VariantId, LocationId, quantity));
    }

    /// <summary>Sets the counted on-hand quantity (stocktake, damage); cannot drop below what is promised.</summary>
    public void Adjust(int newOnHand, string reason)
    {
        var why = Guard.Text(reason, MaxReasonLength, InventoryErrorCodes.ReasonRequired, "An adjustment reason");
        if (newOnHand < 0)
        {
            throw new DomainException(InventoryErrorCodes.InvalidQuantity, $"On-hand stock cannot be negative, was {newOnHand}.");
        }

        if (newOnHand < Allocated)
        {
            throw new DomainException(
                InventoryErrorCodes.AdjustBelowAllocated,
                $"Cannot set on-hand to {newOnHand}: {Allocated} are allocated to orders.");
        }

        var former = OnHand;
        OnHand = newOnHand;
        AddDomainEvent(new StockAdjusted(Id, VariantId, LocationId, former, newOnHand, why));
    }
}
