using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Outbox;

/// <summary>
/// Sends one batch of unsent outbox rows. Safe with any number of instances and any database: rows are
/// claimed with a conditional UPDATE (only rows nobody has sent or holds a live lease on), so two
/// instances never own a row at once. A batch is marked sent (one UPDATE) after the bus accepted its rows; a crash in between
/// means it is sent again later (at least once; consumers drop duplicates by sequence number).
/// </summary>
public sealed class OutboxDispatcher(HeadlessDbContext db, IMessageBus bus, OutboxOptions options, TimeProvider clock, HeadlessMetrics metrics)
{
    public async Task<int> DispatchBatchAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var owner = Guid.NewGuid();
        var candidates = await Unsent(now).OrderBy(m => m.Id).Select(m => m.Id).Take(options.BatchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var leaseUntil = now + options.Lease;
        var sent = 0;
        int? claimedCount = null;
        try
        {
            await Unsent(now)
                .Where(m => candidates.Contains(m.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.LeaseOwner, owner)
                    .SetProperty(m => m.LeaseExpiresAt, leaseUntil)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);

            var claimed = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.LeaseOwner == owner && m.PublishedAt == null)
                .OrderBy(m => m.Id)
                .ToListAsync(ct);
            claimedCount = claimed.Count;

            // Handed to the bus in order as one batch (one round trip to Redis, not one per row), then marked sent with
            // one UPDATE for the accepted prefix: at-least-once still holds, as a crash before the mark only sends them again.
            IReadOnlyList<Task> accepted = [];
            try
            {
                accepted = await bus.PublishInOrderAsync([.. claimed.Select(m => new BusMessage(m.Topic, m.Payload))], ct);
                // Every task observed; a failure surfaces once the prefix before it is marked below. Cancellable: a
                // shutdown while the bus hangs must still mark what it accepted and give the rest back (they may go
                // out later too: at least once).
                await Task.WhenAll(accepted).WaitAsync(ct);
            }
            finally
            {
                var published = claimed.Take(accepted.TakeWhile(t => t.IsCompletedSuccessfully).Count()).ToList();
                if (published.Count > 0)
                {
                    var publishedAt = clock.GetUtcNow();
                    // The published rows are the claimed ones up to the last published id (claimed in id order).
                    var last = published[^1].Id;
                    await db.OutboxMessages
                        .Where(m => m.LeaseOwner == owner && m.PublishedAt == null && m.Id <= last)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, publishedAt), CancellationToken.None);
                    sent = published.Count;
                    foreach (var message in published)
                    {
                        metrics.OutboxPublished(publishedAt - message.CreatedAt);
                        OrderEventMetrics.Record(metrics, message.Topic, message.Payload);
                    }
                }
            }
        }
        finally
        {
            // Whatever this batch still holds goes back at once rather than after the lease: a bus outage then delays
            // nothing beyond itself, and an instance shutting down (cancelled at any point after the claim, even before
            // it read the rows back) leaves its messages to the next instance immediately.
            if (claimedCount is null || sent < claimedCount)
            {
                await db.OutboxMessages
                    .Where(m => m.LeaseOwner == owner && m.PublishedAt == null)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.LeaseOwner, (Guid?)null)
                        .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
            }
        }

        return sent;
    }

    private IQueryable<OutboxMessage> Unsent(DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.PublishedAt == null && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now));
}
