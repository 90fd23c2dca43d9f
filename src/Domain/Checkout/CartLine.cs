using Headless.Domain.SeedWork;

namespace Headless.Domain.Checkout;

/// <summary>A variant and how many of it; no price, because prices are always read fresh from the catalog.</summary>
public sealed class CartLine : Entity
{
    public const int MaxRecipientLength = 64;

    internal CartLine(Guid cartId, Guid variantId, int quantity, string? recipient = null)
    {
        Recipient = recipient;
        CartId = cartId;
        VariantId = Guard.Id(variantId, CheckoutErrorCodes.VariantRequired, "A variant");
        Quantity = Cart.ValidQuantity(quantity);
    }

    // For EF Core materialization.
    private CartLine()
    {
    }

    public Guid CartId { get; private set; }

    public Guid VariantId { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>Who a service is for: a phone number in E.164 form or an account number, checked against the product before it gets here.</summary>
    public string? Recipient { get; private set; }

    internal void ChangeQuantity(int quantity) => Quantity = Cart.ValidQuantity(quantity);
}
