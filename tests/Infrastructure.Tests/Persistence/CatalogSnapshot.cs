using Headless.Domain.Catalog;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Persistence;

/// <summary>What a database holds after seeding, read back through the model, for comparisons.</summary>
internal sealed record CatalogSnapshot(
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Product> Products,
    IReadOnlyList<(string Sku, int OnHand, int Allocated, string Location)> Stock,
    IReadOnlyList<string> Locations)
{
    public static async Task<CatalogSnapshot> ReadAsync(HeadlessDbContext db)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Slug).ToListAsync();
        var products = await db.Products.AsNoTracking().Include(p => p.Variants).AsSplitQuery().OrderBy(p => p.Slug).ToListAsync();
        var locations = await db.StockLocations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name);
        var skus = products.SelectMany(p => p.Variants).ToDictionary(v => v.Id, v => v.Sku);
        var levels = await db.StockLevels.AsNoTracking().ToListAsync();
        var stock = levels
            .Select(l => (skus[l.VariantId], l.OnHand, l.Allocated, locations[l.LocationId]))
            .OrderBy(s => s.Item1).ThenBy(s => s.Item4)
            .ToList();
        return new CatalogSnapshot(categories, products, stock, [.. locations.Values.Order()]);
    }

    /// <summary>Everything but generated ids, so two seeded databases can be compared.</summary>
    public IReadOnlyList<string> Describe() =>
    [
        .. Categories.Select(c => $"category {c.Slug} '{c.Name}' under {Categories.FirstOrDefault(p => p.Id == c.ParentId)?.Slug ?? "-"} at {c.Position}"),
        .. Products.Select(p => $"product {p.Slug} {p.Kind} {p.CreatedAt:O} {p.PopularityScore} {string.Join(",", p.Images.Select(i => $"{i.Position}:{i.Url}:{i.AltText}"))} {string.Join(",", p.Attributes.Select(a => $"{a.Name}={a.Value}"))}"),
        .. Products.SelectMany(p => p.Variants).Select(v =>
            $"variant {v.Sku} {v.Price} {v.CompareAtPrice} {string.Join(",", v.Options.Select(o => $"{o.Name}={o.Value}"))}"),
        .. Stock.Select(s => $"stock {s.Sku} {s.Location} {s.OnHand}/{s.Allocated}"),
    ];
}
