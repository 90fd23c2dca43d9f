using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering;

/// <summary>What was bought, frozen at the moment of ordering: later catalog changes do not touch it.</summary>
public sealed class OrderLine : Entity
{
    public const int MaxReferenceLength = 200;

    internal OrderLine(Guid orderId, Guid variantId, Guid productId, string sku, string productName, string? variantTitle, Money unitPrice, int quantity, bool requiresShipping, bool tracksInventory, ProductKind kind, string? recipient)
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
        Kind = kind;
        Recipient = recipient;
        FulfillmentStatus = requiresShipping ? null : LineFulfillmentStatus.Pending;
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

    /// <summary>What kind of product it was; null on lines recorded before kinds were kept.</summary>
    public ProductKind? Kind { get; private set; }

    /// <summary>Who a service is for (phone or account number), as given on the cart line.</summary>
    public string? Recipient { get; private set; }

    /// <summary>For lines that are not shipped; null for shipped ones (their state is in the shipments).</summary>
    public LineFulfillmentStatus? FulfillmentStatus { get; private set; }

    /// <summary>The provider's confirmation reference (an operator's transaction id, a code's id).</summary>
    public string? FulfillmentReference { get; private set; }

    public DateTimeOffset? FulfilledAt { get; private set; }

    /// <summary>Why the provider refused for good; null unless <see cref="FulfillmentStatus"/> is Failed.</summary>
    public string? FulfillmentFailure { get; private set; }

    internal void MarkFulfilled(string reference, DateTimeOffset at)
    {
        if (FulfillmentStatus == LineFulfillmentStatus.Fulfilled)
        {
            return;
        }

        EnsureFulfillable();
        FulfillmentReference = Guard.Text(reference, MaxReferenceLength, OrderErrorCodes.InvalidFulfillment, "A fulfilment reference");
        FulfillmentStatus = LineFulfillmentStatus.Fulfilled;
        FulfilledAt = at.ToUniversalTime();
    }

    internal void MarkFailed(string reason)
    {
        EnsureFulfillable();
        FulfillmentStatus = LineFulfillmentStatus.Failed;
        FulfillmentFailure = string.IsNullOrWhiteSpace(reason) ? "The provider refused." : reason.Trim()[..Math.Min(reason.Trim().Length, MaxReferenceLength)];
        FulfilledAt = null;
    }

    private void EnsureFulfillable()
    {
        if (RequiresShipping)
        {
            throw new DomainException(OrderErrorCodes.InvalidFulfillment, "Shipped lines are fulfilled through shipments.");
        }
    }
}
