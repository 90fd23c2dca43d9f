using Headless.Domain.Catalog;
using Headless.Domain.Checkout;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Current prices, delivery kinds and recipient rules of variants, read in one query. Scoped: a variant is read
/// once per request, so the checks, the reservation and the payload of one cart change share that read.
/// </summary>
public sealed class VariantCatalog(HeadlessDbContext db)
{
    private readonly Dictionary<Guid, VariantRow?> _read = [];

    /// <summary>
    /// The variants' snapshots. With <paramref name="forSaleOnly"/>, variants of draft or deleted products are left out:
    /// nobody may add them to a cart, while lines already in one keep being priced.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, VariantSnapshot>> GetAsync(IEnumerable<Guid> variantIds, CancellationToken ct, bool forSaleOnly = false) =>
        (await RowsAsync(variantIds, ct))
            .Where(r => !forSaleOnly || r.ForSale)
            .ToDictionary(r => r.Snapshot.VariantId, r => r.Snapshot);

    /// <summary>What each known variant's product needs as a recipient: only services need one, and what the others must not get.</summary>
    public async Task<IReadOnlyDictionary<Guid, (ServiceRecipient? Field, string? Country)>> RecipientRulesAsync(IEnumerable<Guid> variantIds, CancellationToken ct) =>
        (await RowsAsync(variantIds, ct)).ToDictionary(r => r.Snapshot.VariantId, r => (r.RecipientField, r.RecipientCountry));

    private async Task<List<VariantRow>> RowsAsync(IEnumerable<Guid> variantIds, CancellationToken ct)
    {
        var ids = variantIds.Distinct().ToList();
        var missing = ids.Where(id => !_read.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var rows = await (
                from v in db.ProductVariants.AsNoTracking()
                join p in db.Products.AsNoTracking() on v.ProductId equals p.Id
                where missing.Contains(v.Id)
                select new { v.Id, v.ProductId, v.Sku, p.Name, v.Price, p.Kind, v.Options, ForSale = !p.IsDraft && p.DeletedAt == null, p.RecipientField, p.RecipientCountry })
                .ToListAsync(ct);
            foreach (var id in missing)
            {
                _read[id] = null;
            }

            foreach (var r in rows)
            {
                var snapshot = new VariantSnapshot(
                    r.Id,
                    r.ProductId,
                    r.Sku,
                    r.Name,
                    VariantTitle.Compose(r.Options.Select(o => (o.Name, o.Value))),
                    r.Price,
                    RequiresShipping: r.Kind == ProductKind.Physical,
                    TracksInventory: r.Kind == ProductKind.Physical,
                    r.Kind);
                _read[r.Id] = new VariantRow(snapshot, r.ForSale, r.RecipientField, r.RecipientCountry);
            }
        }

        return [.. ids.Select(id => _read[id]).OfType<VariantRow>()];
    }

    private sealed record VariantRow(VariantSnapshot Snapshot, bool ForSale, ServiceRecipient? RecipientField, string? RecipientCountry);
}
