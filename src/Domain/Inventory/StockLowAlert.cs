namespace Headless.Domain.Inventory;

/// <summary>
/// A variant's on-hand stock crossed below its threshold. Written in the transaction of the change; the feed
/// sequencer turns it into a <c>stock.low</c> integrator event after commit.
/// </summary>
public sealed class StockLowAlert
{
    public StockLowAlert(Guid variantId, string sku, int onHand, int threshold, DateTimeOffset occurredAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(sku);
        Id = Guid.CreateVersion7(occurredAt);
        VariantId = variantId;
        Sku = sku;
        OnHand = onHand;
        Threshold = threshold;
        OccurredAt = occurredAt.ToUniversalTime();
    }

    // For EF Core materialization.
    private StockLowAlert()
    {
        Sku = null!;
    }

    public Guid Id { get; private set; }

    public Guid VariantId { get; private set; }

    public string Sku { get; private set; }

    public int OnHand { get; private set; }

    public int Threshold { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}
