using Headless.Domain.SeedWork;

namespace Headless.Domain.Checkout;

/// <summary>A variant and how many of it; no price, because prices are always read fresh from the catalog.</summary>
public sealed class CartLine : Entity
{
    internal CartLine(Guid cartId, Guid variantId, int quantity)
    {
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

    internal void ChangeQuantity(int quantity) => Quantity = Cart.ValidQuantity(quantity);
}
