using Headless.Domain.Inventory;
using Headless.Domain.Inventory.Events;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Inventory;

public sealed class StockLevelTests
{
    [Fact]
    public void AllocatingReducesAvailableButNotOnHand()
    {
        var level = new StockLevelBuilder().OnHand(10).Build();

        level.Allocate(4);

        Assert.Equal((10, 4, 6), (level.OnHand, level.Allocated, level.Available));
        var allocated = Assert.IsType<StockAllocated>(Assert.Single(level.DomainEvents));
        Assert.Equal(4, allocated.Quantity);
    }

    [Fact]
    public void AllocatingTheLastUnitsNeverOversells()
    {
        var level = new StockLevelBuilder().OnHand(3).Allocated(2).Build();

        level.Allocate(1);

        DomainAssert.Fails(InventoryErrorCodes.InsufficientStock, () => level.Allocate(1));
        Assert.Equal(3, level.Allocated);
        Assert.False(level.IsInStock);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void QuantitiesMustBePositive(int quantity)
    {
        var level = new StockLevelBuilder().OnHand(5).Allocated(2).Build();

        DomainAssert.Fails(InventoryErrorCodes.InvalidQuantity, () => level.Allocate(quantity));
        DomainAssert.Fails(InventoryErrorCodes.InvalidQuantity, () => level.Release(quantity));
        DomainAssert.Fails(InventoryErrorCodes.InvalidQuantity, () => level.Receive(quantity));
        DomainAssert.Fails(InventoryErrorCodes.InvalidQuantity, () => level.Ship(quantity));
        Assert.Empty(level.DomainEvents);
    }

    [Fact]
    public void ReleasingMoreThanAllocatedFails()
    {
        var level = new StockLevelBuilder().OnHand(5).Allocated(2).Build();

        DomainAssert.Fails(InventoryErrorCodes.ReleaseExceedsAllocated, () => level.Release(3));
        level.Release(2);

        Assert.Equal(0, level.Allocated);
    }

    [Fact]
    public void ShippingConsumesAllocatedUnits()
    {
        var level = new StockLevelBuilder().OnHand(5).Allocated(2).Build();

        level.Ship(2);

        Assert.Equal((3, 0), (level.OnHand, level.Allocated));
        DomainAssert.Fails(InventoryErrorCodes.ShipExceedsAllocated, () => level.Ship(1));
    }

    [Fact]
    public void ReceivingAddsToOnHand()
    {
        var level = new StockLevelBuilder().Build();

        level.Receive(12);

        Assert.Equal(12, level.Available);
        Assert.IsType<StockReceived>(Assert.Single(level.DomainEvents));
    }

    [Fact]
    public void AdjustingCannotGoBelowWhatIsAllocated()
    {
        var level = new StockLevelBuilder().OnHand(10).Allocated(4).Build();

        DomainAssert.Fails(InventoryErrorCodes.AdjustBelowAllocated, () => level.Adjust(3, "stocktake"));
        level.Adjust(4, "stocktake");

        Assert.Equal(0, level.Available);
        var adjusted = Assert.IsType<StockAdjusted>(Assert.Single(level.DomainEvents));
        Assert.Equal((10, 4, "stocktake"), (adjusted.FormerOnHand, adjusted.NewOnHand, adjusted.Reason));
    }

    [Fact]
    public void AdjustingNeedsAReason() =>
        DomainAssert.Fails(InventoryErrorCodes.ReasonRequired, () => new StockLevelBuilder().OnHand(1).Build().Adjust(0, " "));

    [Fact]
    public void OnHandCannotStartNegative() =>
        DomainAssert.Fails(InventoryErrorCodes.InvalidQuantity, () => _ = new StockLevel(Guid.CreateVersion7(), Guid.CreateVersion7(), -1));

    [Fact]
    public void StockLevelBelongsToAVariantAndALocation()
    {
        DomainAssert.Fails(InventoryErrorCodes.VariantRequired, () => _ = new StockLevel(Guid.Empty, Guid.CreateVersion7()));
        DomainAssert.Fails(InventoryErrorCodes.LocationRequired, () => _ = new StockLevel(Guid.CreateVersion7(), Guid.Empty));
    }
}
