using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Allocates stock with conditional updates: <c>allocated = allocated + q WHERE on_hand - allocated >= q</c>.
/// The database evaluates the condition against the row as it is when the update runs (under the row
/// lock), so concurrent checkouts can never push allocated above on hand, whatever they read before.
/// Run it inside the checkout transaction: a partial allocation is undone by its rollback.
/// </summary>
public sealed class StockAllocator(HeadlessDbContext db, StockChangeNotifier? stockChanges = null)
{
    private const int Passes = 3;

    /// <summary>Takes <paramref name="quantity"/> units from the locations with most free stock; null when they do not have enough.</summary>
    public async Task<IReadOnlyList<StockAllocation>?> AllocateAsync(Guid orderId, Guid variantId, int quantity, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var taken = new List<StockAllocation>();
        var remaining = quantity;

        // A pass reads free stock, then claims it conditionally; a claim lost to a concurrent checkout is
        // retried with fresh numbers, and once nothing is free anywhere the answer is no.
        for (var pass = 0; pass < Passes && remaining > 0; pass++)
        {
            var levels = await db.StockLevels.AsNoTracking()
                .Where(s => s.VariantId == variantId && s.OnHand - s.Allocated > 0)
                .OrderByDescending(s => s.OnHand - s.Allocated)
                .ThenBy(s => s.LocationId)
                .Select(s => new { s.Id, s.LocationId, Free = s.OnHand - s.Allocated })
                .ToListAsync(ct);
            if (levels.Count == 0)
            {
                break;
            }

            foreach (var level in levels)
            {
                var take = Math.Min(remaining, level.Free);
                var claimed = await db.StockLevels
                    .Where(s => s.Id == level.Id && s.OnHand - s.Allocated >= take)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated + take), ct);
                if (claimed == 1)
                {
                    taken.Add(new StockAllocation(orderId, variantId, level.LocationId, take));
                    remaining -= take;
                    if (remaining == 0)
                    {
                        break;
                    }
                }
            }
        }

        if (taken.Count > 0 && stockChanges is not null)
        {
            await stockChanges.ChangedAsync(db, [variantId], ct);
        }

        return remaining == 0 ? taken : null;
    }

    /// <summary>
    /// The same, planned on levels already read under the stock lock (<see cref="Checkout.CheckoutLocks.LockStockAsync"/>):
    /// nobody can have claimed them since, so each claim is one conditional update. A claim that finds the level
    /// changed anyway (the condition still guards it) falls back to reading the levels afresh.
    /// </summary>
    internal async Task<IReadOnlyList<StockAllocation>?> AllocateAsync(Guid orderId, Guid variantId, int quantity, IReadOnlyList<Checkout.LockedStockLevel> locked, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var taken = new List<StockAllocation>();
        var remaining = quantity;
        foreach (var level in locked.Where(l => l.VariantId == variantId && l.Free > 0).OrderByDescending(l => l.Free).ThenBy(l => l.LocationId))
        {
            var take = Math.Min(remaining, level.Free);
            var claimed = await db.StockLevels
                .Where(s => s.Id == level.Id && s.OnHand - s.Allocated >= take)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated + take), ct);
            if (claimed != 1)
            {
                break;
            }

            taken.Add(new StockAllocation(orderId, variantId, level.LocationId, take));
            remaining -= take;
            if (remaining == 0)
            {
                break;
            }
        }

        if (remaining > 0)
        {
            var rest = await AllocateAsync(orderId, variantId, remaining, ct);
            if (rest is null)
            {
                return null;
            }

            taken.AddRange(rest);
        }
        else if (stockChanges is not null)
        {
            await stockChanges.ChangedAsync(db, [variantId], ct);
        }

        return taken;
    }

    /// <summary>Gives an order's allocations back (cancellation, failed payment).</summary>
    public async Task ReleaseAsync(Guid orderId, CancellationToken ct)
    {
        var allocations = await db.StockAllocations.Where(a => a.OrderId == orderId).ToListAsync(ct);

        // The checkout's lock order first: an order's levels given back while a checkout takes them cannot deadlock.
        await Checkout.CheckoutLocks.LockStockAsync(db, allocations.Select(a => a.VariantId), ct);
        foreach (var allocation in allocations)
        {
            await db.StockLevels
                .Where(s => s.VariantId == allocation.VariantId && s.LocationId == allocation.LocationId && s.Allocated >= allocation.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated - allocation.Quantity), ct);
            db.StockAllocations.Remove(allocation);
        }

        if (stockChanges is not null)
        {
            await stockChanges.ChangedAsync(db, allocations.Select(a => a.VariantId), ct);
        }
    }
}
