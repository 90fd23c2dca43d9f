using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Units a shopper may still buy: on hand − allocated (all locations) − what other carts have reserved
/// and not let lapse. The catalog shows the same number to everyone without a cart.
/// </summary>
public sealed class StockAvailability(HeadlessDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, int>> AvailableAsync(
        IReadOnlyCollection<Guid> variantIds,
        Guid? forCartId,
        DateTimeOffset now,
        CancellationToken ct)
    {
        var ids = variantIds.Distinct().ToList();
        var free = await db.StockLevels.AsNoTracking()
            .Where(s => ids.Contains(s.VariantId))
            .GroupBy(s => s.VariantId)
            .Select(g => new { VariantId = g.Key, Units = g.Sum(s => s.OnHand - s.Allocated) })
            .ToDictionaryAsync(x => x.VariantId, x => x.Units, ct);

        var reserved = await db.StockReservations.AsNoTracking()
            .Where(r => ids.Contains(r.VariantId) && r.ExpiresAt > now && (forCartId == null || r.CartId != forCartId))
            .GroupBy(r => r.VariantId)
            .Select(g => new { VariantId = g.Key, Units = g.Sum(r => r.Quantity) })
            .ToDictionaryAsync(x => x.VariantId, x => x.Units, ct);

        return ids.ToDictionary(id => id, id => Math.Max(0, free.GetValueOrDefault(id) - reserved.GetValueOrDefault(id)));
    }

    /// <summary>
    /// The same number from stock levels already read under the stock lock (<see cref="CheckoutLocks.LockStockAsync"/>)
    /// and what other carts hold, so the levels are not read a second time.
    /// </summary>
    internal static IReadOnlyDictionary<Guid, int> Available(IReadOnlyList<LockedStockLevel> levels, IEnumerable<Guid> variantIds, IReadOnlyDictionary<Guid, int> reservedByOthers) =>
        variantIds.Distinct().ToDictionary(
            id => id,
            id => Math.Max(0, levels.Where(l => l.VariantId == id).Sum(l => l.Free) - reservedByOthers.GetValueOrDefault(id)));

    /// <summary>Units of these variants that carts other than <paramref name="cartId"/> hold and have not let lapse.</summary>
    internal async Task<IReadOnlyDictionary<Guid, int>> ReservedByOthersAsync(IReadOnlyCollection<Guid> variantIds, Guid cartId, DateTimeOffset now, CancellationToken ct)
    {
        var ids = variantIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, int>()
            : await db.StockReservations.AsNoTracking()
                .Where(r => ids.Contains(r.VariantId) && r.ExpiresAt > now && r.CartId != cartId)
                .GroupBy(r => r.VariantId)
                .Select(g => new { VariantId = g.Key, Units = g.Sum(r => r.Quantity) })
                .ToDictionaryAsync(x => x.VariantId, x => x.Units, ct);
    }

    /// <summary>Deletes reservations that lapsed before <paramref name="now"/>; they are ignored anyway, this only tidies.</summary>
    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken ct) =>
        db.StockReservations.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
}
