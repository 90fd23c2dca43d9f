using Headless.Domain.Inventory;
using Headless.Infrastructure.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>
/// Once per database: gives every level that holds stock but has no ledger row yet an opening balance, so a
/// database from before the ledger existed balances from then on. Guarded like the demo seed (a seed record
/// inserted first in the transaction), so instances starting together write the balances once.
/// </summary>
internal static class StockLedgerOpening
{
    public const string SeedName = "stock-ledger-opening";

    public static async Task OpenAsync(HeadlessDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.SeedHistory.AnyAsync(s => s.Name == SeedName, ct))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        db.SeedHistory.Add(new SeedRecord(SeedName, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance holds or wrote the record: it opens the balances.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return;
        }

        var unopened = await db.StockLevels.AsNoTracking()
            .Where(s => s.OnHand > 0 && !db.StockMovements.Any(m => m.VariantId == s.VariantId && m.LocationId == s.LocationId))
            .ToListAsync(ct);
        db.StockMovements.AddRange(unopened.Select(l => StockLedger.OpeningBalance(l, now)).OfType<StockMovement>());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
