using Headless.Domain.Ordering;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// The shape every order step shares: one transaction that reads the order, lets the step change it (and whatever
/// else it tracks in the same context), writes the order's new events to the outbox with the steps they ask for,
/// marks this step done — only if this attempt still owns it — and commits. A crash anywhere before the commit
/// leaves nothing behind but the step, which runs again.
/// </summary>
public sealed class OrderStepTransaction(HeadlessDbContext db, OutboxSignal signal, TimeProvider clock)
{
    public HeadlessDbContext Db => db;

    /// <summary>
    /// First <paramref name="prepare"/> on the order as read outside any transaction — the place for calls to other
    /// systems (idempotency keys make a repeat harmless), which must not hold a database transaction open (SQLite
    /// has one writer) — then <paramref name="change"/> with what it returned, in the step's transaction.
    /// </summary>
    public async Task CommitAsync<T>(StepRun run, Func<Order, Task<T>> prepare, Func<Order, T, DateTimeOffset, Task> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(change);
        db.ChangeTracker.Clear();
        var snapshot = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == run.OrderId, ct);
        ThrowIfOnHold(snapshot);
        var prepared = await prepare(snapshot);
        await CommitAsync(run, (order, now) => change(order, prepared, now), ct);
    }

    public async Task CommitAsync(StepRun run, Func<Order, DateTimeOffset, Task> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(change);
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == run.OrderId, ct);

        // Read in the step's transaction: a hold that committed since the step was claimed stops it here, and one
        // committing while it runs makes its save fail (the hold is a concurrency token of the order).
        ThrowIfOnHold(order);
        await change(order, now);
        OrderOutbox.Enqueue(db, order, now);
        await db.SaveChangesAsync(ct);
        await run.CompleteAsync(db, now, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        signal.Notify();
    }

    /// <summary>A held order is not advanced: the runner puts the step back to wait for the release.</summary>
    public static void ThrowIfOnHold(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.OnHold)
        {
            throw new OrderOnHoldException(order.Id);
        }
    }
}
