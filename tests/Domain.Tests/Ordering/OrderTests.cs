using Headless.Domain.Checkout;
using Headless.Domain.Ordering;
using Headless.Domain.SeedWork;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Ordering;

public sealed class OrderTests
{
    [Fact]
    public void PlacingCopiesPricesSoLaterCatalogChangesDoNotTouchTheOrder()
    {
        var (cart, totals) = OrderBuilder.PricedCart();

        var order = Order.Place("HL-000042", cart, totals, "key-1", SecretToken.Hash("secret"), "shopper", OrderBuilder.Now);

        Assert.Equal((20m, 4.90m, 24.90m), (order.Subtotal.Amount, order.ShippingTotal.Amount, order.Total.Amount));
        Assert.Equal(10m, Assert.Single(order.Lines).UnitPrice.Amount);
        Assert.Equal((OrderState.Placed, 1), (order.State, order.LastSequence));
        Assert.Equal("STANDARD", order.ShippingMethodCode);
    }

    [Fact]
    public void TheAccessTokenIsSealedOnceAndNeverEmpty()
    {
        var order = OrderBuilder.Placed();

        DomainAssert.Fails(OrderErrorCodes.InvalidAccessTokenSeal, () => order.SealAccessToken(" "));
        DomainAssert.Fails(OrderErrorCodes.InvalidAccessTokenSeal, () => order.SealAccessToken(new string('s', Order.MaxAccessTokenSealLength + 1)));
        order.SealAccessToken("sealed");
        DomainAssert.Fails(OrderErrorCodes.InvalidAccessTokenSeal, () => order.SealAccessToken("again"));
        Assert.Equal("sealed", order.AccessTokenSeal);
    }

    [Fact]
    public void OrderIdsAreRandomNotTimeOrdered()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => OrderBuilder.Placed().Id).ToList();

        // Version 4 GUIDs carry 122 random bits; version 7 would leak creation time and sort.
        Assert.All(ids, id => Assert.Equal(4, id.Version));
    }

    [Fact]
    public void PhysicalGoodsNeedAShippingMethod()
    {
        var cart = new Cart(SecretToken.Hash(SecretToken.Generate()), OrderBuilder.Now);
        var variant = OrderBuilder.Variant(5m);
        cart.AddLine(variant.VariantId, 1, OrderBuilder.Now);
        cart.SetEmail("ada@example.com", OrderBuilder.Now);
        cart.SetShippingAddress(OrderBuilder.Berlin(), OrderBuilder.Now);
        var totals = CartPricing.Price(cart, new Dictionary<Guid, VariantSnapshot> { [variant.VariantId] = variant }, "EUR");

        DomainAssert.Fails(OrderErrorCodes.ShippingMethodRequired, () =>
            Order.Place("HL-000001", cart, totals, "k", SecretToken.Hash("t"), "shopper", OrderBuilder.Now));
    }

    [Fact]
    public void OrderNumbersAreHumanFriendly()
    {
        Assert.Equal("HL-000123", OrderNumber.Format(123));
        Assert.Equal("HL-1234567", OrderNumber.Format(1234567));
    }

    [Fact]
    public void GuestTokensMatchOnlyTheirOwnHash()
    {
        var token = SecretToken.Generate();
        var hash = SecretToken.Hash(token);

        Assert.True(SecretToken.Matches(token, hash));
        Assert.False(SecretToken.Matches(token + "x", hash));
        Assert.False(SecretToken.Matches(null, hash));
        Assert.Equal(43, token.Length);
        Assert.NotEqual(token, SecretToken.Generate());
    }
}
