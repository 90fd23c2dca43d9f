using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Tests.Builders;

/// <summary>Places small orders, physical or digital, and walks them to a given state along the table.</summary>
internal static class OrderBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static Address Berlin() => new("Ada", "Lovelace", "Unter den Linden 1", null, "Berlin", null, "10117", "DE");

    public static VariantSnapshot Variant(decimal price, bool physical = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), $"SKU-{Guid.NewGuid():N}"[..12], "Thing", null, new Money(price, "EUR"), physical, physical, physical ? ProductKind.Physical : ProductKind.Digital);

    public static (Cart Cart, CartTotals Totals) PricedCart(bool physical = true)
    {
        var cart = new Cart(SecretToken.Hash(SecretToken.Generate()), Now);
        var variant = Variant(10m, physical);
        cart.AddLine(variant.VariantId, 2, Now);
        cart.SetEmail("ada@example.com", Now);
        if (physical)
        {
            cart.SetShippingAddress(Berlin(), Now);
            cart.SetShippingMethod(ShippingRates.Standard, Now);
        }

        return (cart, CartPricing.Price(cart, new Dictionary<Guid, VariantSnapshot> { [variant.VariantId] = variant }, "EUR"));
    }

    public static Order Placed(bool physical = true)
    {
        var (cart, totals) = PricedCart(physical);
        return Order.Place("HL-000001", cart, totals, Guid.NewGuid().ToString(), SecretToken.Hash("t"), "shopper", Now);
    }

    /// <summary>An order in <paramref name="state"/>, reached through allowed transitions only.</summary>
    public static Order In(OrderState state, bool physical = true)
    {
        var order = Placed(physical);
        foreach (var step in PathTo(state, physical))
        {
            order.Apply(step, Request());
        }

        Assert.Equal(state, order.State);
        return order;
    }

    public static TransitionRequest Request(string? tracking = "TRACK-1") => new("tester", Now.AddMinutes(1), tracking);

    private static OrderTransition[] PathTo(OrderState state, bool physical) => state switch
    {
        OrderState.Placed => [],
        OrderState.PaymentAuthorized => [OrderTransition.AuthorizePayment],
        OrderState.PaymentFailed => [OrderTransition.FailPayment],
        OrderState.Cancelled => [OrderTransition.Cancel],
        OrderState.PaymentCaptured => [OrderTransition.AuthorizePayment, OrderTransition.CapturePayment],
        OrderState.Refunded => [OrderTransition.AuthorizePayment, OrderTransition.CapturePayment, OrderTransition.Refund],
        OrderState.Fulfilled => [OrderTransition.AuthorizePayment, OrderTransition.CapturePayment, OrderTransition.CompleteDigitalFulfillment],
        OrderState.Fulfilling => [OrderTransition.AuthorizePayment, OrderTransition.CapturePayment, OrderTransition.StartFulfillment],
        OrderState.Shipped => [.. PathTo(OrderState.Fulfilling, physical), OrderTransition.Ship],
        OrderState.Delivered => [.. PathTo(OrderState.Shipped, physical), OrderTransition.Deliver],
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
