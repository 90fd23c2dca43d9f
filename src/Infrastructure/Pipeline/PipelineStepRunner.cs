using System.Collections.Concurrent;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// Claims due steps with a conditional UPDATE (only rows that are pending, due and not leased by a live owner),
/// so two instances never own a step at once, and runs each in a scope of its own. A failure schedules the next
/// attempt with exponential back-off and jitter; the last one parks the step with its error as the reason.
/// <para>
/// A lease keeps other instances (and a crashed one's successor) off a step; within this process the runner knows
/// what it is running, so a step whose renewal came late (a starved machine) is never claimed again by this
/// process's own loops while its attempt is still under way.
/// </para>
/// <para>
/// Steps are follow-up work: at most <see cref="StepOptions.Concurrency"/> run at once in the process (whatever the
/// number of loops), and each first waits until the outbox publisher has sent what this process committed (at most
/// <see cref="StepOptions.OutboxPrecedence"/>), so on a busy machine order events reach subscribers before the work they
/// cause competes with them for the CPU.
/// </para>
/// </summary>
public sealed partial class PipelineStepRunner(
    IServiceScopeFactory scopes,
    StepOptions options,
    OutboxSignal outbox,
    TimeProvider clock,
    ILogger<PipelineStepRunner> logger)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Concurrency));

    // Steps this process is running now, whatever their lease says: the other loops of this process leave them alone.
    private readonly ConcurrentDictionary<Guid, byte> _running = new();

    /// <summary>Runs one batch of due steps; returns how many were claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var owner = Guid.NewGuid();
        List<PipelineStep> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var now = clock.GetUtcNow();
            var batch = Math.Max(1, options.BatchSize);
            var candidates = (await Due(db, now).OrderBy(s => s.NextAttemptAt).Select(s => s.Id).Take(batch + _running.Count).ToListAsync(ct))
                .Where(id => !_running.ContainsKey(id))
                .Take(batch)
                .ToList();
            if (candidates.Count == 0)
            {
                return 0;
            }

            var leaseUntil = now + options.Lease;
            await Due(db, now)
                .Where(s => candidates.Contains(s.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.LeaseOwner, owner)
                    .SetProperty(x => x.LeaseExpiresAt, leaseUntil)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1), ct);
            claimed = await db.PipelineSteps.AsNoTracking()
                .Where(s => s.LeaseOwner == owner && s.Status == PipelineStepStatus.Pending)
                .ToListAsync(ct);
            // Two loops may have claimed one step a moment apart (both read it as due): only the first runs it here.
            claimed = claimed.Where(s => _running.TryAdd(s.Id, 0)).ToList();
        }

        // While this batch runs, its leases are renewed: a slow provider call keeps its step, a dead process stops
        // renewing and its steps lapse to another instance after one lease.
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewal = RenewLeasesAsync(owner, renewing.Token);
        try
        {
            // Steps of one order run in order (one after the other); different orders run side by side.
            await Task.WhenAll(claimed.GroupBy(s => s.OrderId).Select(async steps =>
            {
                await _slots.WaitAsync(ct);
                try
                {
                    foreach (var step in steps.OrderBy(s => s.TriggerSequence))
                    {
                        await outbox.YieldToPublisherAsync(options.OutboxPrecedence, ct);
                        await RunOneAsync(step, owner, ct);
                    }
                }
                finally
                {
                    _slots.Release();
                }
            }));
        }
        finally
        {
            await renewing.CancelAsync();
            await renewal;
            foreach (var step in claimed)
            {
                _running.TryRemove(step.Id, out _);
            }
        }

        return claimed.Count;
    }

    /// <summary>Every third of a lease, pushes the lease of this batch's unfinished steps one lease ahead.</summary>
    private async Task RenewLeasesAsync(Guid owner, CancellationToken ct)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Lease.TotalMilliseconds / 3));
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, ct);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
                var now = clock.GetUtcNow();
                var leaseUntil = now + options.Lease;
                // Only leases still ours: a claim elsewhere sets its own owner, so a step taken over stays theirs. A
                // renewal that comes late (after the lease ran out) but before anyone claimed the step still keeps it:
                // refusing it would hand the step to the next claim although this attempt is alive and under way.
                await db.PipelineSteps
                    .Where(s => s.LeaseOwner == owner && s.Status == PipelineStepStatus.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseExpiresAt, leaseUntil), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The next round tries again; until then the lease runs on as granted.
                LogRenewalFailed(logger, exception);
            }
        }
    }

    private async Task RunOneAsync(PipelineStep step, Guid owner, CancellationToken ct)
    {
        var run = new StepRun(step.Id, step.OrderId, step.Handler, step.Attempts, options.MaxAttempts, owner);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IOrderStep>().LastOrDefault(h => h.Name == step.Handler)
                ?? throw new InvalidOperationException($"No handler is registered for step '{step.Handler}'.");
            await handler.RunAsync(run, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the lease lapses and the step runs again, here or elsewhere.
        }
        catch (OrderOnHoldException)
        {
            await WaitForReleaseAsync(run);
        }
        catch (StepLeaseLostException)
        {
            LogLeaseLost(logger, step.Handler, step.OrderId);
        }
        catch (StepParkedException exception)
        {
            await RecordFailureAsync(run, exception, park: true);
        }
        catch (Exception exception)
        {
            // An order put on hold while the step ran refuses the step's save (the hold is a concurrency token):
            // nothing happened, and the step waits for the release instead of counting a failure.
            if (exception is DbUpdateConcurrencyException && await IsOnHoldAsync(run.OrderId))
            {
                await WaitForReleaseAsync(run);
                return;
            }

            await RecordFailureAsync(run, exception, run.IsLastAttempt);
        }
    }

    private async Task RecordFailureAsync(StepRun run, Exception exception, bool park)
    {
        var now = clock.GetUtcNow();
        // A step that parks itself says why in words meant for staff; anything else is shown with its type.
        var error = Shorten(exception is StepParkedException ? exception.Message : $"{exception.GetType().Name}: {exception.Message}");
        var next = now + StepBackoff.Delay(run.Attempt, options.RetryDelay, options.MaxRetryDelay);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var owner = run.Owner;
        await db.PipelineSteps
            .Where(s => s.Id == run.StepId && s.LeaseOwner == owner && s.Status == PipelineStepStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, park ? PipelineStepStatus.Parked : PipelineStepStatus.Pending)
                .SetProperty(x => x.NextAttemptAt, next)
                .SetProperty(x => x.LeaseOwner, (Guid?)null)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(x => x.LastError, error), CancellationToken.None);
        if (park)
        {
            LogParked(logger, run.Handler, run.OrderId, run.Attempt, exception);
        }
        else
        {
            LogRetrying(logger, run.Handler, run.OrderId, run.Attempt, next, exception);
        }
    }

    /// <summary>Pending, due, not leased by a live owner, and not of an order on hold (released orders' steps are due at once).</summary>
    private static IQueryable<PipelineStep> Due(HeadlessDbContext db, DateTimeOffset now) =>
        db.PipelineSteps.Where(s => s.Status == PipelineStepStatus.Pending && s.NextAttemptAt <= now && (s.LeaseExpiresAt == null || s.LeaseExpiresAt < now)
            && !db.Orders.Any(o => o.Id == s.OrderId && o.OnHold));

    /// <summary>Gives the step back without counting the attempt: it runs when the order is released.</summary>
    private async Task WaitForReleaseAsync(StepRun run)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var owner = run.Owner;
        await db.PipelineSteps
            .Where(s => s.Id == run.StepId && s.LeaseOwner == owner && s.Status == PipelineStepStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Attempts, x => x.Attempts - 1)
                .SetProperty(x => x.LeaseOwner, (Guid?)null)
                .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
        LogWaitingForRelease(logger, run.Handler, run.OrderId);
    }

    private async Task<bool> IsOnHoldAsync(Guid orderId)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Orders.AnyAsync(o => o.Id == orderId && o.OnHold, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Step {Handler} of order {OrderId} waits: the order is on hold")]
    private static partial void LogWaitingForRelease(ILogger logger, string handler, Guid orderId);

    private static string Shorten(string text) => text.Length <= PipelineStep.MaxErrorLength ? text : text[..PipelineStep.MaxErrorLength];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {Handler} of order {OrderId} failed (attempt {Attempt}); next attempt at {NextAttemptAt}")]
    private static partial void LogRetrying(ILogger logger, string handler, Guid orderId, int attempt, DateTimeOffset nextAttemptAt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Step {Handler} of order {OrderId} failed its last attempt ({Attempt}) and is parked")]
    private static partial void LogParked(ILogger logger, string handler, Guid orderId, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing step leases failed; retrying")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {Handler} of order {OrderId} outlived its lease; another attempt owns it")]
    private static partial void LogLeaseLost(ILogger logger, string handler, Guid orderId);
}
