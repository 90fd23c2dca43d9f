using Headless.Infrastructure.Hosting;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// Runs background CSV imports on every instance: each tick takes the lease of one running job whose lease is free
/// or has run out (a conditional update, so one instance wins), then writes its batches, renewing the lease with each.
/// An instance that dies leaves its lease to run out; another then resumes at the job's last written batch.
/// </summary>
public sealed partial class CatalogImportWorker(
    IServiceScopeFactory scopes,
    CatalogAdminOptions options,
    TimeProvider clock,
    ILogger<CatalogImportWorker> logger) : PeriodicSweep(scopes, clock)
{
    // One name per worker (so per host, even two in one test process): a lease it holds is its own until it runs out.
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override TimeSpan Interval => options.ImportPollInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        if (await LeaseAsync(services.GetRequiredService<HeadlessDbContext>(), stoppingToken) is not { } jobId)
        {
            return;
        }

        var more = true;
        while (more && !stoppingToken.IsCancellationRequested)
        {
            // A scope per batch: a fresh change tracker, and nothing of one batch left over for the next.
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            more = await scope.ServiceProvider.GetRequiredService<CatalogCsv>().RunBatchAsync(jobId, _owner, options.ImportBatchSize, options.ImportLease, stoppingToken);
        }

        LogRan(logger, jobId);
    }

    /// <summary>Takes the lease of one running job nobody holds (or whose holder's lease ran out): its id, or null.</summary>
    private async Task<Guid?> LeaseAsync(HeadlessDbContext db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var candidates = await db.CatalogImportJobs.AsNoTracking()
            .Where(j => j.Status == CatalogImportStatus.Running && j.Background && j.Csv != null)
            .OrderBy(j => j.CreatedAt)
            .Select(j => new { j.Id, j.LeaseUntil })
            .Take(20)
            .ToListAsync(ct);
        foreach (var candidate in candidates.Where(c => c.LeaseUntil is null || c.LeaseUntil < now))
        {
            var until = now + options.ImportLease;
            var taken = await db.CatalogImportJobs
                .Where(j => j.Id == candidate.Id && j.Status == CatalogImportStatus.Running && j.LeaseUntil == candidate.LeaseUntil)
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseOwner, _owner).SetProperty(j => j.LeaseUntil, until), ct);
            if (taken == 1)
            {
                return candidate.Id;
            }
        }

        return null;
    }

    protected override void OnSweepFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ran background catalog import {JobId} as far as this lease went")]
    private static partial void LogRan(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A background catalog import batch failed; its lease runs out and the job is taken up again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
