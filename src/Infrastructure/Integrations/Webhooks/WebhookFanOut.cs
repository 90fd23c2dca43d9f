using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Moves each enabled endpoint's checkpoint through the feed, adding a delivery for every entry it subscribes to.
/// One instance at a time per endpoint (the checkpoint's lease); the deliveries and the new position commit
/// together, and (endpoint, position) is unique, so an entry becomes one delivery per endpoint, whatever crashes.
/// </summary>
public sealed class WebhookFanOut(HeadlessDbContext db, WebhookOptions options, TimeProvider clock)
{
    public async Task<int> FanOutAsync(CancellationToken ct = default)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Enabled).ToListAsync(ct);
        var added = 0;
        foreach (var endpoint in endpoints)
        {
            added += await FanOutAsync(endpoint, ct);
        }

        return added;
    }

    private async Task<int> FanOutAsync(WebhookEndpoint endpoint, CancellationToken ct)
    {
        var owner = await CheckpointLease.TryClaimAsync(db, endpoint.CheckpointName, 0, clock.GetUtcNow(), options.Lease, ct);
        if (owner is null)
        {
            return 0;
        }

        try
        {
            var added = 0;
            while (true)
            {
                var position = await CheckpointLease.PositionAsync(db, endpoint.CheckpointName, ct);
                var entries = await db.FeedEntries.AsNoTracking()
                    .Where(f => f.Position > position)
                    .OrderBy(f => f.Position)
                    .Take(options.BatchSize)
                    .Select(f => new { f.Position, f.Type, f.OccurredAt })
                    .ToListAsync(ct);
                if (entries.Count == 0)
                {
                    return added;
                }

                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var now = clock.GetUtcNow();
                var wanted = entries.Where(e => endpoint.Subscribes(e.Type)).ToList();
                db.WebhookDeliveries.AddRange(wanted.Select(e => new WebhookDelivery(endpoint.Id, e.Position, e.Type, e.OccurredAt, now)));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                if (!await CheckpointLease.AdvanceAsync(db, endpoint.CheckpointName, owner.Value, entries[^1].Position, ct))
                {
                    return added;
                }

                await transaction.CommitAsync(ct);
                added += wanted.Count;
            }
        }
        finally
        {
            await CheckpointLease.ReleaseAsync(db, endpoint.CheckpointName, owner.Value);
        }
    }
}
