using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>Current prices and delivery kinds of variants, read in one query.</summary>
public sealed class VariantCatalog(HeadlessDbContext db)
{
    /// <summary>
    /// The variants' snapshots. With <paramref name="forSaleOnly"/>, variants of draft or deleted products are left out:
    /// nobody may add them to a cart, while lines already in one keep being priced.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, VariantSnapshot>> GetAsync(IEnumerable<Guid> variantIds, CancellationToken ct, bool forSaleOnly = false)
    {
        var ids = variantIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, VariantSnapshot>();
        }

        var rows = await (
            from v in db.ProductVariants.AsNoTracking()
            join p in db.Products.AsNoTracking() on v.ProductId equals p.Id
            where ids.Contains(v.Id) && (!forSaleOnly || (!p.IsDraft && p.DeletedAt == null))
            select new { v.Id, v.ProductId, v.Sku, p.Name, v.Price, p.Kind, v.Options })
            .ToListAsync(ct);

        return rows.ToDictionary(
            r => r.Id,
            r => new VariantSnapshot(
                r.Id,
                r.ProductId,
                r.Sku,
                r.Name,
                VariantTitle.Compose(r.Options.Select(o => (o.Name, o.Value))),
                r.Price,
                RequiresShipping: r.Kind == ProductKind.Physical,
                TracksInventory: r.Kind == ProductKind.Physical,
                r.Kind));
    }
}
