using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory;

/// <summary>
/// A soft hold on units of a variant for a cart while its shopper checks out. It lapses at
/// <see cref="ExpiresAt"/>; until then the units are not offered to other shoppers. Placing the order turns
/// it into an allocation on a <see cref="StockLevel"/>.
/// </summary>
public sealed class StockReservation : Entity
{
    public StockReservation(Guid cartId, Guid variantId, int quantity, DateTimeOffset expiresAt)
    {
        CartId = Guard.Id(cartId, InventoryErrorCodes.VariantRequired, "A cart");
        VariantId = Guard.Id(variantId, InventoryErrorCodes.VariantRequired, "A variant");
        Renew(quantity, expiresAt);
    }

    // For EF Core materialization.
    private StockReservation()
    {
    }

    public Guid CartId { get; private set; }

    public Guid VariantId { get; private set; }

    public int Quantity { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => ExpiresAt > now;

    public void Renew(int quantity, DateTimeOffset expiresAt)
    {
        Quantity = Guard.PositiveQuantity(quantity, InventoryErrorCodes.InvalidQuantity);
        ExpiresAt = expiresAt.ToUniversalTime();
    }
}
