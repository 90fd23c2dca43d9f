namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Place the order for the cart with <see cref="CartToken"/>. <see cref="PaymentToken"/> is the provider's
/// card stand-in (never stored); <see cref="IdempotencyKey"/> makes retries return the first result.
/// </summary>
public sealed record PlaceOrderRequest(string CartToken, string PaymentMethod, string PaymentToken, string IdempotencyKey)
{
    public override string ToString() => $"Place order (key {IdempotencyKey}, method {PaymentMethod})";
}
