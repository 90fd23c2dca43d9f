using System.Text;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// Gives committed order events and stock alerts their feed position. Only the holder of the <c>feed-sequencer</c> checkpoint
/// runs, and it only sees events whose transaction committed; each batch takes <c>max(position) + 1 …</c> in one
/// transaction. So positions become visible in order, never with a hole that fills later: an event whose
/// transaction committed late just gets a later position. If two sequencers ever overlapped (a lease lapsed
/// mid-batch), the primary key on position and the unique event id make the second batch fail and roll back.
/// </summary>
public sealed class FeedSequencer(HeadlessDbContext db, FeedOptions options, TimeProvider clock)
{
    public const string CheckpointName = "feed-sequencer";

    /// <summary>Sequences up to one batch; returns how many entries were added (0 when another instance holds the sequencer).</summary>
    public async Task<int> SequenceBatchAsync(CancellationToken ct = default)
    {
        var owner = await CheckpointLease.TryClaimAsync(db, CheckpointName, 0, clock.GetUtcNow(), options.Lease, ct);
        if (owner is null)
        {
            return 0;
        }

        try
        {
            return await SequenceAsync(owner.Value, ct);
        }
        finally
        {
            await CheckpointLease.ReleaseAsync(db, CheckpointName, owner.Value);
        }
    }

    private async Task<int> SequenceAsync(Guid owner, CancellationToken ct)
    {
        var pending = await (
            from e in db.OrderEvents.AsNoTracking()
            where !db.FeedEntries.Any(f => f.EventId == e.Id)
            join o in db.Orders.AsNoTracking() on e.OrderId equals o.Id
            orderby e.OccurredAt, e.Sequence
            select new PendingEvent(
                e.Id, e.OrderId, e.Sequence, e.OccurredAt, e.Transition, e.FromState, e.ToState, o.Number, o.Total.Currency,
                o.Subtotal.Amount, o.ShippingTotal.Amount, o.DiscountTotal.Amount, o.Total.Amount, o.TrackingNumber))
            .Take(options.BatchSize)
            .ToListAsync(ct);
        var alerts = await db.StockLowAlerts.AsNoTracking()
            .Where(a => !db.FeedEntries.Any(f => f.EventId == a.Id))
            .OrderBy(a => a.OccurredAt)
            .ThenBy(a => a.Id)
            .Take(options.BatchSize)
            .ToListAsync(ct);
        if (pending.Count == 0 && alerts.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var last = await db.FeedEntries.MaxAsync(f => (long?)f.Position, ct) ?? 0;
        var now = clock.GetUtcNow();
        foreach (var e in InOrderSequence(pending))
        {
            var position = ++last;
            var type = IntegratorEventTypes.For(e.Transition, e.ToState);
            var payload = new IntegratorEventPayload(
                IntegratorEventPayload.CurrentVersion,
                type,
                IntegratorEventPayload.IdFor(e.EventId),
                position,
                e.OccurredAt,
                new IntegratorOrderData(
                    e.OrderId, e.Number, StatusName(e.ToState), e.FromState is { } from ? StatusName(from) : null, e.Currency,
                    e.Subtotal, e.Shipping, e.Discount, e.Total,
                    e.ToState is OrderState.Shipped or OrderState.Delivered ? e.TrackingNumber : null));
            db.FeedEntries.Add(new FeedEntry(position, e.EventId, e.OrderId, type, e.OccurredAt, now, payload.ToJson()));
        }

        foreach (var alert in alerts)
        {
            var position = ++last;
            var payload = new IntegratorStockEventPayload(
                IntegratorEventPayload.CurrentVersion,
                IntegratorEventTypes.StockLow,
                IntegratorEventPayload.IdFor(alert.Id),
                position,
                alert.OccurredAt,
                new IntegratorStockData(alert.VariantId, alert.Sku, alert.OnHand, alert.Threshold));
            db.FeedEntries.Add(new FeedEntry(position, alert.Id, null, IntegratorEventTypes.StockLow, alert.OccurredAt, now, payload.ToJson()));
        }

        await db.SaveChangesAsync(ct);
        if (!await CheckpointLease.AdvanceAsync(db, CheckpointName, owner, last, ct))
        {
            // Our lease lapsed and someone else sequences now; the rollback leaves these events to them.
            return 0;
        }

        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return pending.Count + alerts.Count;
    }

    /// <summary>
    /// The batch by time, except that one order's events keep their own order even if instances' clocks disagree:
    /// each order's events fill the slots its events took, by sequence.
    /// </summary>
    private static List<PendingEvent> InOrderSequence(List<PendingEvent> byTime)
    {
        var queues = byTime.GroupBy(e => e.OrderId).ToDictionary(g => g.Key, g => new Queue<PendingEvent>(g.OrderBy(e => e.Sequence)));
        return byTime.Select(e => queues[e.OrderId].Dequeue()).ToList();
    }

    /// <summary><c>PaymentCaptured</c> → <c>PAYMENT_CAPTURED</c>, as the GraphQL enums spell states.</summary>
    public static string StatusName(OrderState state)
    {
        var name = state.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    private sealed record PendingEvent(
        Guid EventId, Guid OrderId, int Sequence, DateTimeOffset OccurredAt, OrderTransition? Transition, OrderState? FromState, OrderState ToState, string Number,
        string Currency, decimal Subtotal, decimal Shipping, decimal Discount, decimal Total, string? TrackingNumber);
}
