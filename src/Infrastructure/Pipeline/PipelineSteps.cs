using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline;

/// <summary>Parked steps for staff: list them, and run one again (from its first attempt).</summary>
public sealed class PipelineSteps(HeadlessDbContext db, OutboxSignal signal, TimeProvider clock)
{
    public async Task<IReadOnlyList<ParkedStep>> ListParkedAsync(int first = 100, CancellationToken ct = default) =>
        await (from s in db.PipelineSteps.AsNoTracking()
               join o in db.Orders.AsNoTracking() on s.OrderId equals o.Id
               where s.Status == PipelineStepStatus.Parked
               orderby s.CreatedAt
               select new ParkedStep(s.Id, s.OrderId, o.Number, s.Handler, s.Attempts, s.LastError, s.CreatedAt))
            .Take(Math.Clamp(first, 1, 500))
            .ToListAsync(ct);

    /// <summary>Puts a parked step back in the queue with a fresh set of attempts; false when it is not parked.</summary>
    public async Task<bool> RetryAsync(Guid stepId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var updated = await db.PipelineSteps
            .Where(s => s.Id == stepId && s.Status == PipelineStepStatus.Parked)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, PipelineStepStatus.Pending)
                .SetProperty(x => x.Attempts, 0)
                .SetProperty(x => x.NextAttemptAt, now)
                .SetProperty(x => x.LeaseOwner, (Guid?)null)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        if (updated == 1)
        {
            signal.Notify();
        }

        return updated == 1;
    }

    /// <summary>Every step of an order, oldest first (for support and tests).</summary>
    public async Task<IReadOnlyList<PipelineStep>> ForOrderAsync(Guid orderId, CancellationToken ct = default) =>
        await db.PipelineSteps.AsNoTracking().Where(s => s.OrderId == orderId).OrderBy(s => s.CreatedAt).ThenBy(s => s.TriggerSequence).ToListAsync(ct);
}
