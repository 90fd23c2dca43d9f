using Headless.Domain.Ordering;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Fulfillment;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Confirms where an order's stock is sent from: the fewest locations that ship and can serve the whole order (so
/// the fewest parcels), ties broken by <c>Fulfillment:LocationOrder</c>, then by location code. Allocations held at
/// checkout move there by conditional updates (never above on hand); if a concurrent checkout took the stock in
/// the meantime (it cannot while the lock below is held, but a claim never trusts a plan) the caller's transaction
/// rolls back and the step tries again. Run inside the step's transaction.
/// </summary>
public sealed class StockPicker(HeadlessDbContext db, FulfillmentOptions options)
{
    /// <summary>Returns how many locations the order ships from.</summary>
    public async Task<int> ConfirmAsync(Order order, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var held = await db.StockAllocations.Where(a => a.OrderId == order.Id).ToListAsync(ct);
        if (held.Count == 0)
        {
            return 0;
        }

        var needs = held.GroupBy(a => a.VariantId).ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));
        var variantIds = needs.Keys.ToList();

        // The checkout's stock lock, in the same order: orders of one variant picked at once (on several instances)
        // wait for each other instead of planning on the same free stock and failing the conditional claim.
        await CheckoutLocks.LockStockAsync(db, variantIds, ct);
        var levels = await (from s in db.StockLevels.AsNoTracking()
                            join l in db.StockLocations.AsNoTracking() on s.LocationId equals l.Id
                            where variantIds.Contains(s.VariantId)
                            select new { s.VariantId, s.LocationId, l.Code, Ships = !EF.Property<bool>(l, "NoShipping"), Free = s.OnHand - s.Allocated })
            .ToListAsync(ct);

        // Units that travel to the shopper are sent only from a location that ships; a shop counter keeps its stock.
        var shipped = order.Lines.Where(l => l.RequiresShipping).Select(l => l.VariantId).ToHashSet();
        levels = levels.Where(l => l.Ships || !shipped.Contains(l.VariantId)).ToList();

        // What each location could give this order: its free stock plus what the order already holds there.
        var free = levels.ToDictionary(
            l => (l.VariantId, l.LocationId),
            l => l.Free + held.Where(a => a.VariantId == l.VariantId && a.LocationId == l.LocationId).Sum(a => a.Quantity));
        var locations = levels.Select(l => (l.LocationId, l.Code)).Distinct().OrderBy(l => Rank(l.Code)).ThenBy(l => l.Code, StringComparer.Ordinal).Select(l => l.LocationId).ToList();
        var plan = Plan(needs, locations, free);
        var current = held.GroupBy(a => (a.VariantId, a.LocationId)).ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));
        if (plan is not null && !SamePlan(plan, current))
        {
            await MoveAsync(order.Id, held, plan, ct);
            held = db.StockAllocations.Local.Where(a => a.OrderId == order.Id).ToList();
        }
        else if (plan is null && held.Any(a => shipped.Contains(a.VariantId) && !levels.Any(l => l.VariantId == a.VariantId && l.LocationId == a.LocationId)))
        {
            // What checkout held is at a location that does not ship, and the shipping ones cannot cover it: the step
            // fails (and parks after its attempts) until stock is transferred, rather than send from the counter.
            throw new InvalidOperationException($"Order {order.Number}: its stock is held at a location that does not ship, and the locations that ship have too little.");
        }

        foreach (var allocation in held)
        {
            allocation.Confirm(now);
        }

        return held.Select(a => a.LocationId).Distinct().Count();
    }

    private int Rank(string code)
    {
        var index = options.LocationOrder.FindIndex(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>
    /// One location that has everything if there is one (the first in order); otherwise, greedily, the location that
    /// covers most of what is still needed, until all is covered. Null when even all locations together cannot.
    /// </summary>
    private static Dictionary<(Guid VariantId, Guid LocationId), int>? Plan(
        Dictionary<Guid, int> needs, List<Guid> locations, Dictionary<(Guid, Guid), int> free)
    {
        int Can(Guid location, Guid variant) => Math.Max(0, free.GetValueOrDefault((variant, location)));
        var plan = new Dictionary<(Guid, Guid), int>();
        var remaining = new Dictionary<Guid, int>(needs);
        var unused = new List<Guid>(locations);
        while (remaining.Values.Any(v => v > 0))
        {
            var best = unused
                .Select((location, rank) => (location, rank, covers: remaining.Sum(r => Math.Min(r.Value, Can(location, r.Key)))))
                .Where(x => x.covers > 0)
                .OrderByDescending(x => x.covers)
                .ThenBy(x => x.rank)
                .FirstOrDefault();
            if (best.covers == 0)
            {
                return null;
            }

            unused.Remove(best.location);
            foreach (var variant in remaining.Keys.ToList())
            {
                var take = Math.Min(remaining[variant], Can(best.location, variant));
                if (take > 0)
                {
                    plan[(variant, best.location)] = take;
                    remaining[variant] -= take;
                }
            }
        }

        return plan;
    }

    private static bool SamePlan(Dictionary<(Guid, Guid), int> plan, Dictionary<(Guid, Guid), int> current) =>
        plan.Count == current.Count && plan.All(p => current.GetValueOrDefault(p.Key) == p.Value);

    private async Task MoveAsync(Guid orderId, List<StockAllocation> held, Dictionary<(Guid VariantId, Guid LocationId), int> plan, CancellationToken ct)
    {
        foreach (var allocation in held)
        {
            await db.StockLevels
                .Where(s => s.VariantId == allocation.VariantId && s.LocationId == allocation.LocationId && s.Allocated >= allocation.Quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated - allocation.Quantity), ct);
            db.StockAllocations.Remove(allocation);
        }

        foreach (var ((variantId, locationId), quantity) in plan)
        {
            var claimed = await db.StockLevels
                .Where(s => s.VariantId == variantId && s.LocationId == locationId && s.OnHand - s.Allocated >= quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated + quantity), ct);
            if (claimed != 1)
            {
                throw new InvalidOperationException("Stock moved while picking the order's locations; picking again.");
            }

            db.StockAllocations.Add(new StockAllocation(orderId, variantId, locationId, quantity));
        }
    }
}
