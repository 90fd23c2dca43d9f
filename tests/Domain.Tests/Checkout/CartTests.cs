using Headless.Domain.Checkout;
using Headless.Domain.SeedWork;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Checkout;

public sealed class CartTests
{
    private static readonly DateTimeOffset Now = OrderBuilder.Now;

    private static Cart NewCart() => new(SecretToken.Hash(SecretToken.Generate()), Now);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100)]
    public void QuantitiesOutsideOneToNinetyNineAreRefused(int quantity)
    {
        DomainAssert.Fails(CheckoutErrorCodes.QuantityOutOfRange, () => NewCart().AddLine(Guid.NewGuid(), quantity, Now));
    }

    [Fact]
    public void AddingAVariantAgainRaisesItsQuantityWithinTheLimit()
    {
        var cart = NewCart();
        var variant = Guid.NewGuid();
        cart.AddLine(variant, 60, Now);

        cart.AddLine(variant, 39, Now);

        Assert.Equal(99, Assert.Single(cart.Lines).Quantity);
        DomainAssert.Fails(CheckoutErrorCodes.QuantityOutOfRange, () => cart.AddLine(variant, 1, Now));
    }

    [Fact]
    public void ACompletedCartNoLongerChanges()
    {
        var cart = NewCart();
        var line = cart.AddLine(Guid.NewGuid(), 1, Now);
        cart.Complete(Guid.NewGuid(), Now);

        DomainAssert.Fails(CheckoutErrorCodes.CartCompleted, () => cart.AddLine(Guid.NewGuid(), 1, Now));
        DomainAssert.Fails(CheckoutErrorCodes.CartCompleted, () => cart.UpdateLine(line.Id, 2, Now));
        DomainAssert.Fails(CheckoutErrorCodes.CartCompleted, () => cart.SetEmail("a@b.co", Now));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a@b")]
    [InlineData("@b.co")]
    [InlineData("a b@c.de")]
    public void MalformedEmailsAreRefused(string email)
    {
        DomainAssert.Fails(CheckoutErrorCodes.InvalidEmail, () => NewCart().SetEmail(email, Now));
    }

    [Fact]
    public void AnIncompleteAddressIsRefusedNamingTheField()
    {
        var refused = Assert.Throws<DomainException>(() =>
            NewCart().SetShippingAddress(new Address("Ada", "L", "1 Main", null, "Paris", null, "7500", "FR"), Now));

        Assert.StartsWith("postalCode:", refused.Message);
    }

    [Fact]
    public void TotalsUseCurrentVariantPricesAndTheChosenShipping()
    {
        var cart = NewCart();
        var shirt = OrderBuilder.Variant(19.99m);
        var ebook = OrderBuilder.Variant(5m, physical: false);
        cart.AddLine(shirt.VariantId, 3, Now);
        cart.AddLine(ebook.VariantId, 1, Now);
        cart.SetShippingAddress(new Address("Ada", "L", "1 Rue", null, "Paris", null, "75001", "FR"), Now);
        cart.SetShippingMethod("express", Now);

        var totals = CartPricing.Price(cart, new Dictionary<Guid, VariantSnapshot> { [shirt.VariantId] = shirt, [ebook.VariantId] = ebook }, "EUR");

        Assert.Equal((64.97m, 19.90m, 0m, 84.87m), (totals.Subtotal.Amount, totals.Shipping.Amount, totals.Discount.Amount, totals.Total.Amount));
        Assert.True(totals.RequiresShipping);
    }

    [Fact]
    public void DigitalOnlyCartsNeedNoShipping()
    {
        var cart = NewCart();
        var ebook = OrderBuilder.Variant(5m, physical: false);
        cart.AddLine(ebook.VariantId, 2, Now);

        var totals = CartPricing.Price(cart, new Dictionary<Guid, VariantSnapshot> { [ebook.VariantId] = ebook }, "EUR");

        Assert.False(totals.RequiresShipping);
        Assert.Equal((10m, 0m), (totals.Total.Amount, totals.Shipping.Amount));
    }

    [Theory]
    [InlineData("DE", 4.90)]
    [InlineData("FR", 9.90)]
    [InlineData("GB", 12.90)]
    [InlineData("US", 24.90)]
    [InlineData("JP", 24.90)]
    public void StandardShippingIsPricedByDestination(string country, decimal price)
    {
        var address = new Address("A", "B", "1 St", null, "C", "R", "x", country);

        Assert.Equal(price, ShippingRates.Find(address, "EUR", ShippingRates.Standard)!.Price.Amount);
    }

    [Fact]
    public void SomeDestinationsAreNotServed()
    {
        Assert.Empty(ShippingRates.OfferedFor(new Address("A", "B", "1 St", null, "C", null, null, "KP"), "EUR"));
    }
}
