using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering.Returns;

/// <summary>Units of one delivered order line coming back, and what was done with them on receipt.</summary>
public sealed class ReturnLine : Entity
{
    internal ReturnLine(Guid returnId, OrderLine line, int quantity)
    {
        ReturnId = returnId;
        OrderLineId = line.Id;
        VariantId = line.VariantId;
        Sku = line.Sku;
        Quantity = quantity;
    }

    // For EF Core materialization.
    private ReturnLine()
    {
        Sku = null!;
    }

    public Guid ReturnId { get; private set; }

    public Guid OrderLineId { get; private set; }

    public Guid VariantId { get; private set; }

    public string Sku { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>Set on receipt.</summary>
    public ReturnDisposition? Disposition { get; private set; }

    internal void Settle(ReturnDisposition disposition) => Disposition = disposition;
}
