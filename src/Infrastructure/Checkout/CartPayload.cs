namespace Headless.Infrastructure.Checkout;

/// <summary>
/// The answer of every cart operation: the cart as it is now (unchanged if there were errors) and the user
/// errors. <see cref="Token"/> is set only by <see cref="CartService.CreateCartAsync"/>: it is never shown again.
/// </summary>
public sealed record CartPayload(CartView? Cart, IReadOnlyList<CheckoutError> Errors, string? Token = null)
{
    public bool Succeeded => Errors.Count == 0;
}
