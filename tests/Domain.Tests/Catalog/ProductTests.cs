using Headless.Domain.Catalog;
using Headless.Domain.Catalog.Events;
using Headless.Domain.Common;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Catalog;

public sealed class ProductTests
{
    [Theory]
    [InlineData(ProductKind.Physical, true)]
    [InlineData(ProductKind.Digital, false)]
    [InlineData(ProductKind.Service, false)]
    public void OnlyPhysicalProductsNeedShipping(ProductKind kind, bool requiresShipping) =>
        Assert.Equal(requiresShipping, new ProductBuilder().OfKind(kind).Build().RequiresShipping);

    [Fact]
    public void UnknownKindIsRejected() =>
        DomainAssert.Fails(CatalogErrorCodes.InvalidKind, () => new ProductBuilder().OfKind((ProductKind)42).Build());

    [Fact]
    public void ProductNeedsACategory() =>
        DomainAssert.Fails(
            CatalogErrorCodes.CategoryRequired,
            () => _ = new Product("p", "P", "", ProductKind.Physical, Guid.Empty, DateTimeOffset.UnixEpoch));

    [Fact]
    public void CreatedTimeIsKeptInUtc()
    {
        var created = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(8));

        var product = new Product("p", "P", "", ProductKind.Physical, Guid.CreateVersion7(), created);

        Assert.Equal(TimeSpan.Zero, product.CreatedAt.Offset);
        Assert.Equal(created, product.CreatedAt);
    }

    [Fact]
    public void CreatingAProductRaisesProductCreated()
    {
        var product = new ProductBuilder().WithSlug("pixel-9").Build();

        var created = Assert.IsType<ProductCreated>(Assert.Single(product.DomainEvents));
        Assert.Equal("pixel-9", created.Slug);
    }

    [Fact]
    public void SkuMustBeUniqueWithinAProduct() =>
        DomainAssert.Fails(
            CatalogErrorCodes.DuplicateSku,
            () => new ProductBuilder().WithVariant("N3310-BLK", 49m).WithVariant("n3310-blk", 49m).Build());

    [Theory]
    [InlineData("")]
    [InlineData("-ABC")]
    [InlineData("A B")]
    public void SkuMustBeWellFormed(string sku) =>
        DomainAssert.Fails(CatalogErrorCodes.InvalidSku, () => new ProductBuilder().WithVariant(sku, 1m).Build());

    [Fact]
    public void TwoVariantsCannotHaveTheSameOptions()
    {
        var product = new ProductBuilder().Build();
        product.AddVariant("A", new Money(1m, "EUR"), null, new VariantOption("Colour", "Black"), new VariantOption("Size", "M"));

        DomainAssert.Fails(
            CatalogErrorCodes.DuplicateVariantOptions,
            () => product.AddVariant("B", new Money(1m, "EUR"), null, new VariantOption("size", "m"), new VariantOption("colour", "black")));
    }

    [Fact]
    public void VariantCannotRepeatAnOptionName()
    {
        var product = new ProductBuilder().Build();

        DomainAssert.Fails(
            CatalogErrorCodes.DuplicateOptionName,
            () => product.AddVariant("A", new Money(1m, "EUR"), null, new VariantOption("Colour", "Black"), new VariantOption("colour", "Red")));
    }

    [Fact]
    public void VariantsOfAProductShareOneCurrency() =>
        DomainAssert.Fails(
            CatalogErrorCodes.VariantCurrencyMismatch,
            () => new ProductBuilder().WithVariant("A", 1m, "EUR").WithVariant("B", 1m, "USD").Build());

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 9.99)]
    public void CompareAtPriceMustExceedThePrice(decimal price, decimal compareAt)
    {
        var product = new ProductBuilder().Build();

        DomainAssert.Fails(
            CatalogErrorCodes.CompareAtPriceNotAbovePrice,
            () => product.AddVariant("A", new Money(price, "EUR"), new Money(compareAt, "EUR")));
    }

    [Fact]
    public void CompareAtPriceMustBeInThePriceCurrency()
    {
        var product = new ProductBuilder().Build();

        DomainAssert.Fails(
            CommonErrorCodes.CurrencyMismatch,
            () => product.AddVariant("A", new Money(10m, "EUR"), new Money(12m, "USD")));
    }

    [Fact]
    public void RepricingChecksTheCompareAtPriceAndRaisesAnEvent()
    {
        var product = new ProductBuilder().WithVariant("A", 20m).Build();
        var variant = product.Variants[0];
        product.ClearDomainEvents();

        product.ChangeVariantPrice(variant.Id, new Money(15m, "EUR"), new Money(20m, "EUR"));

        Assert.True(variant.IsOnSale);
        Assert.Equal(new Money(15m, "EUR"), variant.Price);
        Assert.IsType<VariantPriceChanged>(Assert.Single(product.DomainEvents));
        DomainAssert.Fails(
            CatalogErrorCodes.CompareAtPriceNotAbovePrice,
            () => product.ChangeVariantPrice(variant.Id, new Money(25m, "EUR"), new Money(20m, "EUR")));
        Assert.Equal(new Money(15m, "EUR"), variant.Price);
    }

    [Fact]
    public void RepricingAnUnknownVariantFails() =>
        DomainAssert.Fails(
            CatalogErrorCodes.VariantNotFound,
            () => new ProductBuilder().Build().ChangeVariantPrice(Guid.CreateVersion7(), new Money(1m, "EUR")));

    [Fact]
    public void VariantOptionsAreLookedUpByName()
    {
        var product = new ProductBuilder().Build();
        var variant = product.AddVariant("A", new Money(1m, "EUR"), null, new VariantOption("Colour", "Midnight"));

        Assert.Equal("Midnight", variant.OptionValue("colour"));
        Assert.Null(variant.OptionValue("Size"));
    }

    [Fact]
    public void ImagesNeedAnAbsoluteUrlAndAltText()
    {
        var product = new ProductBuilder().Build();

        DomainAssert.Fails(CatalogErrorCodes.InvalidImage, () => product.AddImage("/img/a.jpg", "A"));
        DomainAssert.Fails(CatalogErrorCodes.InvalidImage, () => product.AddImage("ftp://cdn.example/a.jpg", "A"));
        DomainAssert.Fails(CatalogErrorCodes.InvalidImage, () => product.AddImage("https://cdn.example/a.jpg", ""));
    }

    [Fact]
    public void ImagesKeepTheirOrderAndCannotRepeat()
    {
        var product = new ProductBuilder().Build();
        product.AddImage("https://cdn.example/front.jpg", "Front");
        product.AddImage("https://cdn.example/back.jpg", "Back");

        Assert.Equal(["Front", "Back"], product.Images.Select(i => i.AltText));
        Assert.Equal([0, 1], product.Images.Select(i => i.Position));
        DomainAssert.Fails(CatalogErrorCodes.DuplicateImage, () => product.AddImage("https://cdn.example/front.jpg", "Again"));
    }

    [Fact]
    public void SettingAnAttributeAgainReplacesItsValue()
    {
        var product = new ProductBuilder().Build();
        product.SetAttribute("Brand", "Nokia");
        product.SetAttribute("brand", "HMD");

        var attribute = Assert.Single(product.Attributes);
        Assert.Equal("HMD", attribute.Value);
    }

    [Fact]
    public void PopularityCannotBeNegative() =>
        DomainAssert.Fails(CatalogErrorCodes.InvalidPopularity, () => new ProductBuilder().Build().UpdatePopularity(-1));
}
