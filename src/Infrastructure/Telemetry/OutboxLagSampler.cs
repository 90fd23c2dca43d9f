using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Telemetry;

/// <summary>
/// Reads the outbox backlog (oldest unpublished row, count) every <see cref="Interval"/> for the
/// <c>headless.outbox.lag</c> gauge: a scrape must never wait on the database, so the gauge reports the last reading.
/// </summary>
public sealed partial class OutboxLagSampler(IServiceScopeFactory scopes, HeadlessMetrics metrics, TimeProvider clock, ILogger<OutboxLagSampler> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public async Task SampleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var unsent = db.OutboxMessages.AsNoTracking().Where(m => m.PublishedAt == null);
        // Ids grow with insertion, so the lowest unsent id is the oldest row (and every provider orders by it).
        var oldest = await unsent.OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);
        var pending = oldest is null ? 0 : await unsent.LongCountAsync(ct);
        metrics.OutboxBacklog(oldest is { } created ? clock.GetUtcNow() - created : TimeSpan.Zero, pending);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be down; readiness reports that, the gauge keeps its last value.
                LogSampleFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read the outbox backlog")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
