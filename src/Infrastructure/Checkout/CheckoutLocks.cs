using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Row locks that make "read what is free, then hold it" one step. Each is a no-op update, so it takes the
/// provider's write lock on the rows (PostgreSQL and SQL Server: row locks; SQLite: the write lock that
/// <c>BEGIN IMMEDIATE</c> already holds) until the transaction ends, and reads after it see every change
/// committed by the previous holder. Locks are taken cart first, then variants in ascending id order, by
/// everyone, so two checkouts never wait on each other in a circle.
/// </summary>
internal static class CheckoutLocks
{
    /// <summary>Locks the cart with this token hash; false when there is none.</summary>
    public static async Task<bool> LockCartAsync(HeadlessDbContext db, string tokenHash, CancellationToken ct) =>
        await db.Carts
            .Where(c => c.TokenHash == tokenHash)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, c => c.UpdatedAt), ct) == 1;

    /// <summary>Locks the stock levels of these variants, one variant at a time in ascending id order.</summary>
    public static async Task LockStockAsync(HeadlessDbContext db, IEnumerable<Guid> variantIds, CancellationToken ct)
    {
        foreach (var variantId in variantIds.Distinct().Order())
        {
            await db.StockLevels
                .Where(s => s.VariantId == variantId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand), ct);
        }
    }
}
