using Headless.Domain.Checkout;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Row locks that make "read what is free, then hold it" one step, each taken by the statement that also reads
/// the rows where the provider can: PostgreSQL <c>SELECT … FOR UPDATE</c> (row locks); SQLite holds the database's
/// write lock from <c>BEGIN IMMEDIATE</c> on, so a plain read is already under it; SQL Server takes the row locks
/// with a no-op update first, then reads. Locks last until the transaction ends, and reads under them see every
/// change committed by the previous holder. Locks are taken cart first, then stock levels in the database's
/// ascending (variant, id) order, by everyone, so two checkouts never wait on each other in a circle.
/// </summary>
internal static class CheckoutLocks
{
    /// <summary>
    /// Locks and loads (with its lines) the cart with this token hash; null when there is none. <paramref name="load"/>
    /// is told whether its query takes the lock itself (PostgreSQL): then it must check that what it read is not older
    /// than the row it locked (see <c>CartService.LoadAsync</c>).
    /// </summary>
    public static async Task<Cart?> LockCartAsync(HeadlessDbContext db, string tokenHash, Func<IQueryable<Cart>, bool, Task<Cart?>> load, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // "c" is the alias EF Core gives carts in the loading query (the statement count test shows it).
            return await load(db.Carts.TagWith(RowLockInterceptor.Tag("c")).Where(c => c.TokenHash == tokenHash), true);
        }

        if (!db.Database.IsSqlite()
            && await db.Carts.Where(c => c.TokenHash == tokenHash).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, c => c.UpdatedAt), ct) != 1)
        {
            return null;
        }

        return await load(db.Carts.Where(c => c.TokenHash == tokenHash), false);
    }

    /// <summary>
    /// Locks the stock levels of these variants and returns them as they are under the lock, ordered by variant
    /// and then level id. The order is the database's: one statement that locked the rows in the order it scans
    /// them would take them in an order that changes as rows get new versions, and two checkouts taking the same
    /// rows in different orders deadlock.
    /// </summary>
    public static async Task<IReadOnlyList<LockedStockLevel>> LockStockAsync(HeadlessDbContext db, IEnumerable<Guid> variantIds, CancellationToken ct)
    {
        var ids = variantIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        if (db.Database.IsNpgsql())
        {
            // The sort runs below the row locking, so the rows are locked in this order.
            return await db.Database.SqlQuery<LockedStockLevel>($"""
                SELECT id AS "Id", variant_id AS "VariantId", location_id AS "LocationId", on_hand AS "OnHand", allocated AS "Allocated"
                FROM stock_levels WHERE variant_id = ANY({ids}) ORDER BY variant_id, id FOR UPDATE
                """).ToListAsync(ct);
        }

        var levels = await db.StockLevels.AsNoTracking()
            .Where(s => ids.Contains(s.VariantId))
            .OrderBy(s => s.VariantId).ThenBy(s => s.Id)
            .Select(s => new LockedStockLevel { Id = s.Id, VariantId = s.VariantId, LocationId = s.LocationId, OnHand = s.OnHand, Allocated = s.Allocated })
            .ToListAsync(ct);
        if (db.Database.IsSqlite())
        {
            return levels;
        }

        // SQL Server: one row at a time in that order, then read again under the locks.
        foreach (var level in levels)
        {
            await db.StockLevels
                .Where(s => s.Id == level.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand), ct);
        }

        return await db.StockLevels.AsNoTracking()
            .Where(s => ids.Contains(s.VariantId))
            .OrderBy(s => s.VariantId).ThenBy(s => s.Id)
            .Select(s => new LockedStockLevel { Id = s.Id, VariantId = s.VariantId, LocationId = s.LocationId, OnHand = s.OnHand, Allocated = s.Allocated })
            .ToListAsync(ct);
    }
}
