using Headless.Domain.SeedWork;

namespace Headless.Domain.Payments;

/// <summary>Units of one order line a refund pays back.</summary>
public sealed class RefundLine : Entity
{
    internal RefundLine(Guid refundId, Guid orderLineId, string sku, int quantity)
    {
        RefundId = refundId;
        OrderLineId = orderLineId;
        Sku = sku;
        Quantity = quantity;
    }

    // For EF Core materialization.
    private RefundLine()
    {
        Sku = null!;
    }

    public Guid RefundId { get; private set; }

    public Guid OrderLineId { get; private set; }

    public string Sku { get; private set; }

    public int Quantity { get; private set; }
}
