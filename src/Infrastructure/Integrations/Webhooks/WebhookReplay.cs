using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Sends deliveries again on request: one (succeeded or dead-lettered alike), or every event of a time range for an
/// endpoint, including events of that range it never had a delivery for (it subscribed later, or started after them).
/// A replay starts a fresh retry schedule and keeps the <c>webhook-id</c>, so a receiver that already has the event
/// can recognise it. A replay also takes the delivery from an attempt still under way (its POST may already have
/// reached the receiver): that attempt's outcome is conditional on its lease, so it can no longer mark the replayed
/// delivery succeeded and swallow the replay.
/// </summary>
public sealed class WebhookReplay(HeadlessDbContext db, TimeProvider clock)
{
    /// <summary>False when there is no such delivery.</summary>
    public async Task<bool> ReplayDeliveryAsync(Guid deliveryId, CancellationToken ct = default) =>
        await Reset(db.WebhookDeliveries.Where(d => d.Id == deliveryId), ct) == 1;

    /// <summary>How many deliveries were queued for events that occurred in [<paramref name="from"/>, <paramref name="to"/>); null for an unknown endpoint.</summary>
    public async Task<int?> ReplayRangeAsync(string endpointName, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Name == endpointName, ct);
        if (endpoint is null)
        {
            return null;
        }

        from = from.ToUniversalTime();
        to = to.ToUniversalTime();
        var now = clock.GetUtcNow();
        var missing = await db.FeedEntries.AsNoTracking()
            .Where(f => f.OccurredAt >= from && f.OccurredAt < to)
            .Where(f => !db.WebhookDeliveries.Any(d => d.EndpointId == endpoint.Id && d.Position == f.Position))
            .Select(f => new { f.Position, f.Type, f.OccurredAt })
            .ToListAsync(ct);
        var added = missing.Where(f => endpoint.Subscribes(f.Type)).Select(f => new WebhookDelivery(endpoint.Id, f.Position, f.Type, f.OccurredAt, now)).ToList();
        db.WebhookDeliveries.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The fan-out added some of them meanwhile; resetting below covers those.
            added.Clear();
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        var reset = await Reset(
            db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id && d.OccurredAt >= from && d.OccurredAt < to && d.CreatedAt < now),
            ct);
        return reset + added.Count;
    }

    private Task<int> Reset(IQueryable<WebhookDelivery> deliveries, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return deliveries.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, WebhookDeliveryStatus.Pending)
            .SetProperty(d => d.Attempts, 0)
            .SetProperty(d => d.NextAttemptAt, now)
            .SetProperty(d => d.CompletedAt, (DateTimeOffset?)null)
            .SetProperty(d => d.LeaseOwner, (Guid?)null)
            .SetProperty(d => d.LeaseExpiresAt, (DateTimeOffset?)null)
            .SetProperty(d => d.Replays, d => d.Replays + 1), ct);
    }
}
