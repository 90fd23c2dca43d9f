namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// The cart of a customer account. Carts are found by their secret token, which the carts table keeps only hashed,
/// so the account keeps the token itself, encrypted, to hand the cart back on any device.
/// </summary>
public sealed class CustomerCart
{
    public CustomerCart(Guid customerId, string cartTokenProtected, DateTimeOffset attachedAt)
    {
        CustomerId = customerId;
        CartTokenProtected = cartTokenProtected;
        AttachedAt = attachedAt.ToUniversalTime();
    }

    public Guid CustomerId { get; private set; }

    public string CartTokenProtected { get; private set; }

    public DateTimeOffset AttachedAt { get; private set; }

    public void Replace(string cartTokenProtected, DateTimeOffset at)
    {
        CartTokenProtected = cartTokenProtected;
        AttachedAt = at.ToUniversalTime();
    }
}
