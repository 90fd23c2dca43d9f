using Headless.Domain.Common;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering;

/// <summary>What was bought, frozen at the moment of ordering: later catalog changes do not touch it.</summary>
public sealed class OrderLine : Entity
{
    internal OrderLine(Guid orderId, Guid variantId, Guid productId, string sku, string productName, string? variantTitle, Money unitPrice, int quantity, bool requiresShipping, bool tracksInventory)
    {
        OrderId = orderId;
        VariantId = variantId;
        ProductId = productId;
        Sku = sku;
        ProductName = productName;
        VariantTitle = variantTitle;
        UnitPrice = unitPrice;
        Quantity = quantity;
        LineTotal = unitPrice.Multiply(quantity);
        RequiresShipping = requiresShipping;
        TracksInventory = tracksInventory;
    }

    // For EF Core materialization.
    private OrderLine()
    {
        Sku = null!;
        ProductName = null!;
        UnitPrice = null!;
        LineTotal = null!;
    }

    public Guid OrderId { get; private set; }

    public Guid VariantId { get; private set; }

    public Guid ProductId { get; private set; }

    public string Sku { get; private set; }

    public string ProductName { get; private set; }

    public string? VariantTitle { get; private set; }

    public Money UnitPrice { get; private set; }

    public int Quantity { get; private set; }

    public Money LineTotal { get; private set; }

    public bool RequiresShipping { get; private set; }

    public bool TracksInventory { get; private set; }
}
