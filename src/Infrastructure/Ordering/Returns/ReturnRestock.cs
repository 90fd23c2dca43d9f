using Headless.Domain.Ordering.Returns;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering.Returns;

/// <summary>
/// Puts the restocked units of a received return back on hand, at the location each line was shipped from (else
/// the variant's first location). The one place returns change stock: route it through the stock ledger when there
/// is one. Runs in the caller's transaction; the storefront's stock cache hears of it on commit.
/// </summary>
public sealed class ReturnRestock(HeadlessDbContext db, StockChangeNotifier stockChanges)
{
    public async Task RestockAsync(OrderReturn received, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(received);
        var restocked = received.Lines.Where(l => l.Disposition == ReturnDisposition.Restock).ToList();
        if (restocked.Count == 0)
        {
            return;
        }

        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == received.OrderId).ToListAsync(ct);
        foreach (var line in restocked)
        {
            var locationId = shipments.FirstOrDefault(s => s.Lines.Any(l => l.OrderLineId == line.OrderLineId))?.LocationId
                ?? await db.StockLevels.Where(s => s.VariantId == line.VariantId).OrderBy(s => s.LocationId).Select(s => (Guid?)s.LocationId).FirstOrDefaultAsync(ct);
            if (locationId is null)
            {
                continue; // The variant keeps no stock (untracked, or removed since): nothing to put back.
            }

            // A conditional update in the database, like allocation: concurrent checkouts of the variant lose nothing.
            await db.StockLevels
                .Where(s => s.VariantId == line.VariantId && s.LocationId == locationId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand + line.Quantity), ct);
        }

        await stockChanges.ChangedAsync(db, restocked.Select(l => l.VariantId).Distinct(), ct);
    }
}
