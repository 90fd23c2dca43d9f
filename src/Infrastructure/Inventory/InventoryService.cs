using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Inventory;

/// <summary>
/// The admin's stock operations: receive, adjust and transfer, each one transaction through <see cref="StockLedger"/>
/// (so each is ledger rows plus the level change, or nothing), and low-stock thresholds. An operation's
/// idempotency key is stored on its first ledger row under a unique index: a repeat, even a concurrent one, gets
/// the first call's rows back instead of moving stock twice.
/// </summary>
public sealed class InventoryService(HeadlessDbContext db, StockLedger ledger, TimeProvider clock)
{
    private const int Attempts = 5;

    public Task<StockOperationResult> ReceiveAsync(StockOperation operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return operation.Quantity is not > 0
            ? Task.FromResult(StockOperationResult.Refused(InventoryError.InvalidQuantity, "Receive at least one unit.", "quantity"))
            : RunAsync("receive", operation, operation.LocationId, [], async () =>
            {
                var movement = await ledger.ApplyAsync(Change(operation with { Reason = StockMovementReason.Received }, operation.Quantity!.Value), OperationId(), Key("receive", operation), ct);
                return movement is null ? Insufficient(operation) : new([movement], null);
            }, ct);
    }

    /// <summary>A signed change (<see cref="StockOperation.Quantity"/>) or a counted total (<see cref="StockOperation.CountedOnHand"/>), with a reason.</summary>
    public Task<StockOperationResult> AdjustAsync(StockOperation operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if ((operation.Quantity is null) == (operation.CountedOnHand is null))
        {
            return Task.FromResult(StockOperationResult.Refused(InventoryError.InvalidInput, "Give either a quantity change or a counted on-hand total.", "quantity"));
        }

        if (operation.Quantity == 0 || operation.CountedOnHand < 0)
        {
            return Task.FromResult(StockOperationResult.Refused(InventoryError.InvalidQuantity, "An adjustment changes the quantity; a count is not negative.", "quantity"));
        }

        if (operation.Reason is not (StockMovementReason.Stocktake or StockMovementReason.Damaged or StockMovementReason.Lost
            or StockMovementReason.Found or StockMovementReason.Correction or StockMovementReason.Returned))
        {
            return Task.FromResult(StockOperationResult.Refused(InventoryError.InvalidInput, $"{operation.Reason} is not an adjustment reason.", "reason"));
        }

        return RunAsync("adjust", operation, operation.LocationId, operation.CountedOnHand is null ? [] : [operation.LocationId], async () =>
        {
            var delta = operation.Quantity ?? 0;
            if (operation.CountedOnHand is { } counted)
            {
                // The level is locked (RunAsync), so the count replaces exactly what is on hand now.
                var onHand = await db.StockLevels.AsNoTracking()
                    .Where(s => s.VariantId == operation.VariantId && s.LocationId == operation.LocationId)
                    .Select(s => (int?)s.OnHand)
                    .SingleOrDefaultAsync(ct) ?? 0;
                delta = counted - onHand;
                if (delta == 0)
                {
                    return new StockOperationResult([], null);
                }
            }

            var movement = await ledger.ApplyAsync(Change(operation, delta), OperationId(), Key("adjust", operation), ct);
            return movement is null ? Insufficient(operation) : new([movement], null);
        }, ct);
    }

    /// <summary>Moves units between two locations in one transaction: both ledger rows and both levels, or nothing.</summary>
    public Task<StockOperationResult> TransferAsync(StockOperation operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Quantity is not > 0)
        {
            return Task.FromResult(StockOperationResult.Refused(InventoryError.InvalidQuantity, "Transfer at least one unit.", "quantity"));
        }

        if (operation.ToLocationId is not { } to || to == operation.LocationId)
        {
            return Task.FromResult(StockOperationResult.Refused(InventoryError.SameLocation, "A transfer goes to another location.", "toLocationId"));
        }

        var quantity = operation.Quantity.Value;
        return RunAsync("transfer", operation, to, [operation.LocationId, to], async () =>
        {
            var operationId = OperationId();
            var taken = await ledger.ApplyAsync(Change(operation with { Reason = StockMovementReason.TransferOut }, -quantity), operationId, Key("transfer", operation), ct);
            if (taken is null)
            {
                return Insufficient(operation);
            }

            var given = await ledger.ApplyAsync(Change(operation with { Reason = StockMovementReason.TransferIn, LocationId = to }, quantity), operationId, null, ct)
                ?? throw new InvalidOperationException("The destination level exists and only gains units; its update cannot be refused.");
            return new StockOperationResult([taken, given], null);
        }, ct);
    }

    /// <summary>Sets (or with 0 clears) a variant's low-stock threshold; stock already below a new threshold is a crossing.</summary>
    public async Task<(LowStockRule? Rule, InventoryError? Error)> SetLowStockThresholdAsync(Guid variantId, int threshold, CancellationToken ct)
    {
        if (!await db.Set<ProductVariant>().AnyAsync(v => v.Id == variantId, ct))
        {
            return (null, new InventoryError(InventoryError.NotFound, "No variant has this ID.", "variantId"));
        }

        try
        {
            var rule = await WithRetriesAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var rule = await db.LowStockRules.SingleOrDefaultAsync(r => r.VariantId == variantId, ct);
                if (rule is null)
                {
                    rule = new LowStockRule(variantId, threshold);
                    db.LowStockRules.Add(rule);
                }
                else
                {
                    rule.ChangeThreshold(threshold);
                }

                await db.SaveChangesAsync(ct);
                await ledger.EvaluateLowStockAsync(variantId, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return rule;
            }, retryUnique: true);
            return (rule, null);
        }
        catch (DomainException refused)
        {
            return (null, new InventoryError(InventoryError.InvalidInput, refused.Message, "threshold"));
        }
    }

    private async Task<StockOperationResult> RunAsync(
        string kind, StockOperation operation, Guid gaining, IReadOnlyList<Guid> lockLocations, Func<Task<StockOperationResult>> apply, CancellationToken ct)
    {
        var key = Key(kind, operation);
        if (await ReplayAsync(key, operation, ct) is { } earlier)
        {
            return earlier;
        }

        if (await MissingAsync(operation, ct) is { } missing)
        {
            return missing;
        }

        // A level that gains units may not exist yet; it is created empty first, on its own (a unique pair, so a
        // concurrent creation is simply found), keeping the operation's transaction to updates of existing rows.
        await EnsureLevelAsync(operation.VariantId, gaining, ct);

        try
        {
            return await WithRetriesAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await ledger.LockAsync(operation.VariantId, lockLocations, ct);
                var result = await apply();
                if (result.Error is not null || result.Movements.Count == 0)
                {
                    await transaction.RollbackAsync(ct);
                    return result;
                }

                await ledger.SettleAsync(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return result;
            }, retryUnique: false);
        }
        catch (DbUpdateException unique) when (DbErrors.IsUniqueViolation(unique))
        {
            // A concurrent call with the same key committed first.
            db.ChangeTracker.Clear();
            ledger.Reset();
            return await ReplayAsync(key, operation, ct) ?? throw new InvalidOperationException("A unique violation without an earlier operation.", unique);
        }
        catch (DomainException refused)
        {
            return StockOperationResult.Refused(InventoryError.InvalidInput, refused.Message);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<StockOperationResult?> ReplayAsync(string key, StockOperation operation, CancellationToken ct)
    {
        var first = await db.StockMovements.AsNoTracking().SingleOrDefaultAsync(m => m.IdempotencyKey == key, ct);
        if (first is null)
        {
            return null;
        }

        if (first.VariantId != operation.VariantId || first.LocationId != operation.LocationId)
        {
            return StockOperationResult.Refused(InventoryError.IdempotencyKeyReused, "This idempotency key was used for another operation.", "idempotencyKey");
        }

        var rows = await db.StockMovements.AsNoTracking().Where(m => m.OperationId == first.OperationId).OrderBy(m => m.Id).ToListAsync(ct);
        return new StockOperationResult(rows, null, Replayed: true);
    }

    private async Task<StockOperationResult?> MissingAsync(StockOperation operation, CancellationToken ct)
    {
        if (!await db.Set<ProductVariant>().AnyAsync(v => v.Id == operation.VariantId, ct))
        {
            return StockOperationResult.Refused(InventoryError.NotFound, "No variant has this ID.", "variantId");
        }

        if (!await db.StockLocations.AnyAsync(l => l.Id == operation.LocationId, ct))
        {
            return StockOperationResult.Refused(InventoryError.NotFound, "No stock location has this ID.", operation.ToLocationId is null ? "locationId" : "fromLocationId");
        }

        return operation.ToLocationId is { } to && !await db.StockLocations.AnyAsync(l => l.Id == to, ct)
            ? StockOperationResult.Refused(InventoryError.NotFound, "No stock location has this ID.", "toLocationId")
            : null;
    }

    private async Task EnsureLevelAsync(Guid variantId, Guid locationId, CancellationToken ct)
    {
        if (await db.StockLevels.AnyAsync(s => s.VariantId == variantId && s.LocationId == locationId, ct))
        {
            return;
        }

        db.StockLevels.Add(new StockLevel(variantId, locationId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Someone else created it: that is all this needed.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Runs one transaction, again on a deadlock or a busy database (it rolled back; fresh state may win). A unique
    /// violation is retried only when <paramref name="retryUnique"/>: for an idempotency key it means a repeat.
    /// </summary>
    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> attempt, bool retryUnique)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception exception) when (i < Attempts && DbErrors.IsConcurrencyConflict(exception)
                && (retryUnique || !(exception is DbUpdateException update && DbErrors.IsUniqueViolation(update))))
            {
                db.ChangeTracker.Clear();
                ledger.Reset();
                await Task.Delay(Random.Shared.Next(5, 25 * i));
            }
        }
    }

    private static StockChange Change(StockOperation operation, int delta) =>
        new(operation.VariantId, operation.LocationId, delta, operation.Reason, operation.Actor, operation.Note, operation.Reference);

    private static string Key(string kind, StockOperation operation) => $"{kind}:{operation.IdempotencyKey}";

    private Guid OperationId() => Guid.CreateVersion7(clock.GetUtcNow());

    private static StockOperationResult Insufficient(StockOperation operation) => StockOperationResult.Refused(
        InventoryError.InsufficientStock,
        "Not enough stock at this location: on hand cannot go below zero or below the units allocated to orders.",
        "quantity");
}
