using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline;

/// <summary>One attempt at a <see cref="PipelineStep"/>, owned through its lease.</summary>
public sealed record StepRun(Guid StepId, Guid OrderId, string Handler, int Attempt, int MaxAttempts, Guid Owner)
{
    public bool IsLastAttempt => Attempt >= MaxAttempts;

    /// <summary>An idempotency key for outside effects of this step: the same on every attempt.</summary>
    public string Key(string what) => $"{Handler}:{OrderId:N}:{what}";

    /// <summary>
    /// Marks the step done inside the caller's transaction, if this attempt still owns it; otherwise throws so the
    /// transaction (and with it the step's changes) is rolled back. Call it before committing the step's changes.
    /// </summary>
    public async Task CompleteAsync(HeadlessDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var owner = Owner;
        var updated = await db.PipelineSteps
            .Where(s => s.Id == StepId && s.LeaseOwner == owner && s.Status == PipelineStepStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, PipelineStepStatus.Done)
                .SetProperty(x => x.CompletedAt, now)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null), ct);
        if (updated != 1)
        {
            throw new StepLeaseLostException(StepId);
        }
    }
}
