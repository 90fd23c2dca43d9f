namespace Headless.Infrastructure.Checkout;

/// <summary>A stock level as read under <see cref="CheckoutLocks.LockStockAsync"/>.</summary>
internal sealed record LockedStockLevel
{
    public required Guid Id { get; init; }

    public required Guid VariantId { get; init; }

    public required Guid LocationId { get; init; }

    public required int OnHand { get; init; }

    public required int Allocated { get; init; }

    public int Free => OnHand - Allocated;
}
