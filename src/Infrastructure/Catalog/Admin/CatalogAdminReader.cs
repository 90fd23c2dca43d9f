using Headless.Domain.Catalog;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// The admin API's catalog reads: every product (drafts and, when asked, deleted ones), straight from the database
/// and never through the storefront cache, so staff see what they just wrote.
/// </summary>
public sealed class CatalogAdminReader(HeadlessDbContext db)
{
    public const int MaxPageSize = 100;

    private static readonly IReadOnlyList<SortKey> Keys = [SortKey.Create("NAME", p => p.Name, descending: false), SortKey.Id];
    private static readonly string Signature = string.Join(",", Keys.Select(k => $"{k.Name}:{(k.Descending ? "DESC" : "ASC")}"));

    /// <summary>A keyset page ordered by name then id; <see cref="CatalogInputException"/> for a bad size or cursor.</summary>
    public async Task<AdminProductPage> ProductsAsync(AdminProductFilter filter, int first, string? after, CancellationToken ct)
    {
        if (first is < 0 or > MaxPageSize)
        {
            throw new CatalogInputException(CatalogInputErrorCodes.InvalidPagination, $"'first' must be between 0 and {MaxPageSize}, was {first}.");
        }

        var query = db.Products.AsNoTracking();
        query = filter.Status switch
        {
            AdminProductStatus.Published => query.Where(p => !p.IsDraft && p.DeletedAt == null),
            AdminProductStatus.Draft => query.Where(p => p.IsDraft && p.DeletedAt == null),
            AdminProductStatus.Deleted => query.Where(p => p.DeletedAt != null),
            _ => query.Where(p => p.DeletedAt == null),
        };
        if (filter.CategoryId is { } category)
        {
            query = query.Where(p => p.CategoryId == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(p => p.Name.ToLower().Contains(text) || p.Slug.Contains(text) || p.Variants.Any(v => v.Sku.ToLower().Contains(text)));
        }

        if (after is not null)
        {
            query = query.Where(Keyset.After(Keys, ProductCursor.Decode(after, Signature, [.. Keys.Select(k => k.ValueType)])));
        }

        var rows = await Keyset.OrderBy(query, Keys).Take(first + 1).Include(p => p.Variants).AsSplitQuery().ToListAsync(ct);
        var edges = rows.Take(first).Select(p => (ProductCursor.Encode(Signature, [p.Name, p.Id]), p)).ToList();
        return new AdminProductPage(edges, rows.Count > first);
    }

    public async Task<IReadOnlyList<Category>> CategoriesAsync(CancellationToken ct) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(ct);

    public Task<CatalogImportJob?> ImportJobAsync(Guid id, CancellationToken ct) =>
        db.CatalogImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
}
