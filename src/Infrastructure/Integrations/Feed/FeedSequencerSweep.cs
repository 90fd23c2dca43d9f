using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>Runs <see cref="FeedSequencer"/> every <see cref="FeedOptions.Interval"/> until nothing is left; every instance runs it, one at a time sequences.</summary>
public sealed partial class FeedSequencerSweep(
    IServiceScopeFactory scopes,
    FeedOptions options,
    TimeProvider clock,
    ILogger<FeedSequencerSweep> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.Interval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var sequencer = services.GetRequiredService<FeedSequencer>();
        while (await sequencer.SequenceBatchAsync(stoppingToken) == options.BatchSize)
        {
        }
    }

    protected override void OnSweepFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sequencing order events into the integrator feed failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
