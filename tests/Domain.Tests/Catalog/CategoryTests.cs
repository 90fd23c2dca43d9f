using Headless.Domain.Catalog;
using Headless.Domain.Catalog.Events;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Catalog;

public sealed class CategoryTests
{
    [Theory]
    [InlineData("Phones")]
    [InlineData("phones and more")]
    [InlineData("-phones")]
    [InlineData("phones--cases")]
    [InlineData("phones-")]
    public void SlugMustBeLowerCaseWordsJoinedByHyphens(string slug) =>
        DomainAssert.Fails(CatalogErrorCodes.InvalidSlug, () => _ = new Category(slug, "Phones"));

    [Fact]
    public void NameIsRequired() =>
        DomainAssert.Fails(CatalogErrorCodes.InvalidName, () => _ = new Category("phones", "  "));

    [Fact]
    public void ChildKnowsItsParent()
    {
        var phones = new Category("phones", "Phones");
        var smartphones = new Category("smartphones", "Smartphones", phones, position: 1);

        Assert.Equal(phones.Id, smartphones.ParentId);
        Assert.True(phones.IsRoot);
        Assert.False(smartphones.IsRoot);
    }

    [Fact]
    public void CategoryCannotBeMovedUnderItself()
    {
        var phones = new Category("phones", "Phones");

        DomainAssert.Fails(CatalogErrorCodes.CategoryCycle, () => phones.MoveUnder(phones));
    }

    [Fact]
    public void CategoryCannotBeMovedUnderItsOwnDescendant()
    {
        var phones = new Category("phones", "Phones");
        var smartphones = new Category("smartphones", "Smartphones", phones);
        var foldables = new Category("foldables", "Foldables", smartphones);

        DomainAssert.Fails(CatalogErrorCodes.CategoryCycle, () => phones.MoveUnder(foldables));
        Assert.Null(phones.ParentId);
    }

    [Fact]
    public void MovingToAnotherBranchRaisesAnEvent()
    {
        var phones = new Category("phones", "Phones");
        var accessories = new Category("accessories", "Accessories");
        var cases = new Category("cases", "Cases", phones);

        cases.MoveUnder(accessories);

        Assert.Equal(accessories.Id, cases.ParentId);
        var moved = Assert.IsType<CategoryMoved>(Assert.Single(cases.DomainEvents));
        Assert.Equal((phones.Id, accessories.Id), (moved.FormerParentId!.Value, moved.NewParentId!.Value));
    }

    [Fact]
    public void MovingToTheRootDetachesFromTheParent()
    {
        var phones = new Category("phones", "Phones");
        var cases = new Category("cases", "Cases", phones);

        cases.MoveUnder(null);

        Assert.True(cases.IsRoot);
    }

    [Fact]
    public void PositionCannotBeNegative() =>
        DomainAssert.Fails(CatalogErrorCodes.InvalidPosition, () => new Category("phones", "Phones").Reorder(-1));

    [Fact]
    public void IdsAreTimeOrderedVersion7Guids() => Assert.Equal(7, new Category("phones", "Phones").Id.Version);
}
