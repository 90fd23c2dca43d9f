using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Row locks that make "read what is free, then hold it" one step. Each is a no-op update, so it takes the
/// provider's write lock on the rows (PostgreSQL and SQL Server: row locks; SQLite: the write lock that
/// <c>BEGIN IMMEDIATE</c> already holds) until the transaction ends, and reads after it see every change
/// committed by the previous holder. Locks are taken cart first, then stock levels in ascending (variant, id)
/// order, by everyone, so two checkouts never wait on each other in a circle.
/// </summary>
internal static class CheckoutLocks
{
    /// <summary>Locks the cart with this token hash; false when there is none.</summary>
    public static async Task<bool> LockCartAsync(HeadlessDbContext db, string tokenHash, CancellationToken ct) =>
        await db.Carts
            .Where(c => c.TokenHash == tokenHash)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, c => c.UpdatedAt), ct) == 1;

    /// <summary>
    /// Locks the stock levels of these variants one row at a time, ordered by variant and then level id. One
    /// update for all of a variant's rows would lock them in the order the database scans them, which changes
    /// as rows get new versions, and two checkouts taking the same rows in different orders deadlock.
    /// </summary>
    public static async Task LockStockAsync(HeadlessDbContext db, IEnumerable<Guid> variantIds, CancellationToken ct)
    {
        var ids = variantIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var levels = await db.StockLevels.AsNoTracking()
            .Where(s => ids.Contains(s.VariantId))
            .Select(s => new { s.VariantId, s.Id })
            .ToListAsync(ct);
        foreach (var level in levels.OrderBy(l => l.VariantId).ThenBy(l => l.Id))
        {
            await db.StockLevels
                .Where(s => s.Id == level.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand), ct);
        }
    }
}
