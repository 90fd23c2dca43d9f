using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory;

/// <summary>
/// A variant's low-stock threshold and whether its stock is below it now. <see cref="IsLow"/> is the memory that
/// makes <c>stock.low</c> fire once per crossing: set when on hand (all locations) drops below the threshold,
/// cleared when it is back at or above it.
/// </summary>
public sealed class LowStockRule
{
    public const int MaxThreshold = 1_000_000;

    public LowStockRule(Guid variantId, int threshold)
    {
        VariantId = Guard.Id(variantId, InventoryErrorCodes.VariantRequired, "A variant");
        Threshold = Valid(threshold);
    }

    // For EF Core materialization.
    private LowStockRule()
    {
    }

    public Guid VariantId { get; private set; }

    /// <summary>Below this many units on hand the variant is low; 0 switches the alert off.</summary>
    public int Threshold { get; private set; }

    public bool IsLow { get; private set; }

    public void ChangeThreshold(int threshold) => Threshold = Valid(threshold);

    /// <summary>Records the current on-hand total; true when this is a crossing from enough to low.</summary>
    public bool Observe(int onHand)
    {
        var low = onHand < Threshold;
        var crossed = low && !IsLow;
        IsLow = low;
        return crossed;
    }

    private static int Valid(int threshold) =>
        threshold is >= 0 and <= MaxThreshold
            ? threshold
            : throw new DomainException(InventoryErrorCodes.InvalidThreshold, $"A low-stock threshold is between 0 and {MaxThreshold}, was {threshold}.");
}
