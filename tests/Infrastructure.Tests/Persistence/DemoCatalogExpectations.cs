using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>What issue 2 promises of the demo catalog, checked on whatever a database returned.</summary>
internal static class DemoCatalogExpectations
{
    public static void AssertIsDemoCatalog(CatalogSnapshot catalog)
    {
        Assert.True(catalog.Products.Count >= 60, $"Expected at least 60 products, found {catalog.Products.Count}.");

        // A tree: root categories with children, and every product in a leaf that exists.
        var bySlug = catalog.Categories.ToDictionary(c => c.Slug);
        Assert.Contains(catalog.Categories, c => c.IsRoot);
        Assert.Equal(bySlug["phones"].Id, bySlug["smartphones"].ParentId);
        Assert.Equal(bySlug["mobile-services"].Id, bySlug["top-ups"].ParentId);
        Assert.All(catalog.Categories.Where(c => !c.IsRoot), c => Assert.Contains(catalog.Categories, p => p.Id == c.ParentId));
        Assert.All(catalog.Products, p => Assert.Contains(catalog.Categories, c => c.Id == p.CategoryId));

        var variants = catalog.Products.SelectMany(p => p.Variants).ToList();
        Assert.All(catalog.Products, p => Assert.NotEmpty(p.Variants));
        var optionNames = variants.SelectMany(v => v.Options).Select(o => o.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "Storage", "Colour", "Specification", "Model", "Size" }, optionNames);
        Assert.Equal(variants.Count, variants.Select(v => v.Sku).Distinct().Count());

        Assert.Contains(variants, v => v.CompareAtPrice is not null);
        Assert.All(variants.Where(v => v.CompareAtPrice is not null), v => Assert.True(v.CompareAtPrice!.IsGreaterThan(v.Price)));
        Assert.All(variants, v => Assert.True(v.Price.Amount > 0));

        Assert.All(catalog.Products, p => Assert.NotEmpty(p.Images));
        Assert.All(catalog.Products.SelectMany(p => p.Images), i =>
        {
            Assert.StartsWith("https://", i.Url);
            Assert.False(string.IsNullOrWhiteSpace(i.AltText));
        });

        AssertStock(catalog, variants);
        AssertDigitalAndServiceProducts(catalog);
    }

    private static void AssertStock(CatalogSnapshot catalog, List<ProductVariant> variants)
    {
        Assert.Equal(["Warehouse Rotterdam", "Warehouse Shanghai"], catalog.Locations);
        var physicalSkus = catalog.Products.Where(p => p.TracksInventory).SelectMany(p => p.Variants).Select(v => v.Sku).ToHashSet();
        var stockBySku = catalog.Stock.GroupBy(s => s.Sku).ToDictionary(g => g.Key, g => g.ToList());

        Assert.All(physicalSkus, sku => Assert.Equal(2, stockBySku[sku].Count));
        Assert.All(catalog.Stock, s => Assert.InRange(s.Allocated, 0, s.OnHand));
        Assert.Contains(physicalSkus, sku => stockBySku[sku].Sum(s => s.OnHand - s.Allocated) == 0);
        Assert.Contains(physicalSkus, sku => stockBySku[sku].Sum(s => s.OnHand - s.Allocated) > 0);
        Assert.Contains(catalog.Stock, s => s.Allocated > 0);
        Assert.True(variants.Count > physicalSkus.Count, "Digital and service variants should exist besides physical ones.");
    }

    private static void AssertDigitalAndServiceProducts(CatalogSnapshot catalog)
    {
        var topUpCategory = catalog.Categories.Single(c => c.Slug == "top-ups").Id;
        var topUps = catalog.Products.Where(p => p.CategoryId == topUpCategory).ToList();
        Assert.NotEmpty(topUps);
        Assert.All(topUps, p =>
        {
            Assert.Equal(ProductKind.Service, p.Kind);
            Assert.False(p.RequiresShipping);
            Assert.Equal([10m, 20m, 50m], p.Variants.Select(v => v.Price.Amount).Order());
        });

        Assert.Contains(catalog.Products, p => p.Kind == ProductKind.Digital);
        var unshipped = catalog.Products.Where(p => !p.RequiresShipping).SelectMany(p => p.Variants).Select(v => v.Sku).ToHashSet();
        Assert.DoesNotContain(catalog.Stock, s => unshipped.Contains(s.Sku));
    }
}
