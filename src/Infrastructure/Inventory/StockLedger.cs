using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Inventory;

/// <summary>
/// The one way on-hand stock changes. Each change is a conditional update of the level (never below zero, never
/// below what is allocated), then a read of the level under the write lock that update took, then a
/// <see cref="StockMovement"/> with the after value, added to the context so it commits with the caller's work.
/// So on hand always equals the sum of the level's movements (<see cref="StockLedgerCheck"/> verifies it).
/// <para>
/// Use it inside a transaction, and call <see cref="SettleAsync"/> once before the final <c>SaveChangesAsync</c>:
/// it evaluates low-stock thresholds of the variants changed, after every level lock the work needed, so the
/// lock order is always levels first, then thresholds (by variant id) and two writers never wait in a circle.
/// Scoped: one per request or step, like the context.
/// </para>
/// </summary>
public sealed class StockLedger(HeadlessDbContext db, TimeProvider clock, StockChangeNotifier? notifier = null)
{
    private readonly SortedSet<Guid> _changed = [];

    /// <summary>
    /// Applies one change of on hand and records it. Null, with nothing changed, when the level does not exist or
    /// the change would take on hand below zero or below the allocated units.
    /// </summary>
    public Task<StockMovement?> ApplyAsync(StockChange change, Guid operationId, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Delta == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(change), "A stock change moves at least one unit.");
        }

        return ApplyCoreAsync(change, 0, operationId, idempotencyKey, ct);
    }

    /// <summary>
    /// Allocated units leave the building (a shipment was booked): on hand and allocated both drop by
    /// <paramref name="quantity"/>. Null when fewer are allocated or on hand.
    /// </summary>
    public Task<StockMovement?> ShipAsync(Guid variantId, Guid locationId, int quantity, string reference, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var change = new StockChange(variantId, locationId, -quantity, StockMovementReason.Shipped, StockMovementActor.System, Reference: reference);
        return ApplyCoreAsync(change, quantity, Guid.CreateVersion7(clock.GetUtcNow()), null, ct);
    }

    /// <summary>
    /// Takes the write locks of these levels in ascending location order, before an operation that changes more
    /// than one of them (a transfer), so that two opposite transfers cannot deadlock.
    /// </summary>
    public async Task LockAsync(Guid variantId, IEnumerable<Guid> locationIds, CancellationToken ct)
    {
        RequireTransaction();
        foreach (var locationId in locationIds.Distinct().Order())
        {
            await db.StockLevels
                .Where(s => s.VariantId == variantId && s.LocationId == locationId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand), ct);
        }
    }

    /// <summary>The ledger row that opens a new level's balance (seed data, imports); null for an empty level.</summary>
    public static StockMovement? OpeningBalance(StockLevel level, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(level);
        return level.OnHand == 0
            ? null
            : new StockMovement(level.VariantId, level.LocationId, level.OnHand, level.OnHand, StockMovementReason.OpeningBalance, StockMovementActor.System, now, Guid.CreateVersion7(now));
    }

    /// <summary>
    /// Evaluates the low-stock rule of every variant changed since the last call: locks the rule row, reads the
    /// variant's on hand over all locations (so it sees every change committed before the lock was granted),
    /// and adds a <see cref="StockLowAlert"/> on a crossing from enough to low. Saves nothing itself.
    /// </summary>
    public async Task SettleAsync(CancellationToken ct)
    {
        var variants = _changed.ToList();
        _changed.Clear();
        foreach (var variantId in variants)
        {
            await EvaluateLowStockAsync(variantId, ct);
        }
    }

    /// <summary>Forgets the variants changed by a transaction that rolled back.</summary>
    public void Reset() => _changed.Clear();

    /// <summary>Re-evaluates one variant's rule now (after its threshold changed).</summary>
    public async Task EvaluateLowStockAsync(Guid variantId, CancellationToken ct)
    {
        RequireTransaction();
        var locked = await db.LowStockRules
            .Where(r => r.VariantId == variantId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLow, r => r.IsLow), ct);
        if (locked == 0)
        {
            return;
        }

        var rule = db.LowStockRules.Local.FirstOrDefault(r => r.VariantId == variantId);
        if (rule is null)
        {
            rule = await db.LowStockRules.SingleAsync(r => r.VariantId == variantId, ct);
        }
        else
        {
            await db.Entry(rule).ReloadAsync(ct);
        }

        var onHand = await db.StockLevels.Where(s => s.VariantId == variantId).SumAsync(s => (int?)s.OnHand, ct) ?? 0;
        if (rule.Observe(onHand))
        {
            var sku = await db.Set<ProductVariant>().Where(v => v.Id == variantId).Select(v => v.Sku).SingleAsync(ct);
            db.StockLowAlerts.Add(new StockLowAlert(variantId, sku, onHand, rule.Threshold, clock.GetUtcNow()));
        }
    }

    private async Task<StockMovement?> ApplyCoreAsync(StockChange change, int shipped, Guid operationId, string? idempotencyKey, CancellationToken ct)
    {
        RequireTransaction();
        var (variantId, locationId, delta) = (change.VariantId, change.LocationId, change.Delta);
        var updated = await db.StockLevels
            .Where(s => s.VariantId == variantId && s.LocationId == locationId
                && s.OnHand + delta >= 0 && s.Allocated >= shipped && s.OnHand + delta >= s.Allocated - shipped)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.OnHand, x => x.OnHand + delta)
                .SetProperty(x => x.Allocated, x => x.Allocated - shipped), ct);
        if (updated == 0)
        {
            return null;
        }

        // Read under the lock the update holds until commit: no other writer changed the row in between.
        var after = await db.StockLevels.AsNoTracking()
            .Where(s => s.VariantId == variantId && s.LocationId == locationId)
            .Select(s => s.OnHand)
            .SingleAsync(ct);
        var movement = new StockMovement(
            variantId, locationId, delta, after, change.Reason, change.Actor, clock.GetUtcNow(), operationId, change.Note, change.Reference, idempotencyKey);
        db.StockMovements.Add(movement);
        _changed.Add(variantId);
        if (notifier is not null)
        {
            await notifier.ChangedAsync(db, [variantId], ct);
        }

        return movement;
    }

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Stock changes run inside a transaction: the ledger row must commit with the change.");
        }
    }
}
