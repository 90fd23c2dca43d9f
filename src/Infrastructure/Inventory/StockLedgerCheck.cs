using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Inventory;

/// <summary>
/// The ledger's invariant as a query: every level whose on hand differs from the sum of its movements. An empty
/// answer means the books balance. Each row also shows allocated beside the order allocations held there, for
/// the reader; they are not compared, since the demo catalog seeds allocations without orders.
/// </summary>
public static class StockLedgerCheck
{
    public static async Task<IReadOnlyList<StockLedgerDrift>> FindDriftAsync(HeadlessDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (
            from s in db.StockLevels.AsNoTracking()
            let ledger = db.StockMovements.Where(m => m.VariantId == s.VariantId && m.LocationId == s.LocationId).Sum(m => (int?)m.Delta) ?? 0
            let held = db.StockAllocations.Where(a => a.VariantId == s.VariantId && a.LocationId == s.LocationId).Sum(a => (int?)a.Quantity) ?? 0
            where s.OnHand != ledger
            select new StockLedgerDrift(s.VariantId, s.LocationId, s.OnHand, ledger, s.Allocated, held))
            .ToListAsync(ct);
    }
}
