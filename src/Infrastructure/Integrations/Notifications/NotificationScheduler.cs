using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// Reads the feed from the <c>notifications</c> checkpoint and queues one <see cref="NotificationDelivery"/> per
/// event, template and channel, in the transaction that moves the checkpoint. On a database where the checkpoint
/// does not exist yet it starts at the current end of the feed: switching notifications on never mails the past.
/// </summary>
public sealed class NotificationScheduler(HeadlessDbContext db, IEnumerable<INotificationChannel> channels, NotificationOptions options, TimeProvider clock)
{
    public const string CheckpointName = "notifications";

    /// <summary>How many feed entries were handled (0: nothing new, or another instance holds the checkpoint).</summary>
    public async Task<int> ScheduleAsync(CancellationToken ct = default)
    {
        var head = await db.FeedEntries.MaxAsync(f => (long?)f.Position, ct) ?? 0;
        var owner = await CheckpointLease.TryClaimAsync(db, CheckpointName, head, clock.GetUtcNow(), options.Lease, ct);
        if (owner is null)
        {
            return 0;
        }

        try
        {
            var position = await CheckpointLease.PositionAsync(db, CheckpointName, ct);
            var entries = await db.FeedEntries.AsNoTracking()
                .Where(f => f.Position > position)
                .OrderBy(f => f.Position)
                .Take(options.BatchSize)
                .Select(f => new { f.Position, f.EventId, f.OrderId, f.Type })
                .ToListAsync(ct);
            if (entries.Count == 0)
            {
                return 0;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.GetUtcNow();
            var queued = (
                from e in entries
                where e.OrderId is not null // stock events mail no one
                from template in NotificationTemplates.For(e.Type)
                from channel in channels
                select new NotificationDelivery(e.EventId, e.OrderId!.Value, e.Position, template.Key, channel.Name, now)).ToList();
            db.NotificationDeliveries.AddRange(await FirstOfEachAsync(queued, ct));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (!await CheckpointLease.AdvanceAsync(db, CheckpointName, owner.Value, entries[^1].Position, ct))
            {
                return 0;
            }

            await transaction.CommitAsync(ct);
            return entries.Count;
        }
        finally
        {
            await CheckpointLease.ReleaseAsync(db, CheckpointName, owner.Value);
        }
    }

    /// <summary>
    /// A customer hears of each thing once: several events may reach the same state (the pipeline's risk screening
    /// and stock confirmation keep an order payment-authorized, so each is an <c>order.payment_authorized</c>), and
    /// only the first of them is mailed per order, template and channel. Safe without a lock: one instance holds the
    /// checkpoint at a time.
    /// </summary>
    private async Task<List<NotificationDelivery>> FirstOfEachAsync(List<NotificationDelivery> queued, CancellationToken ct)
    {
        var orders = queued.Select(q => q.OrderId).Distinct().ToList();
        var earlier = await db.NotificationDeliveries.AsNoTracking()
            .Where(n => orders.Contains(n.OrderId))
            .Select(n => new { n.OrderId, n.Template, n.Channel })
            .ToListAsync(ct);
        var seen = earlier.Select(n => (n.OrderId, n.Template, n.Channel)).ToHashSet();
        return [.. queued.Where(q => seen.Add((q.OrderId, q.Template, q.Channel)))];
    }
}
