using Headless.Infrastructure.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// Runs <see cref="PipelineStepRunner"/> whenever this process committed order events, and every poll interval anyway,
/// in <see cref="StepOptions.Concurrency"/> loops side by side, so that one slow provider call holds up one loop, not the pipeline.
/// </summary>
public sealed partial class PipelineWorker(
    PipelineStepRunner runner,
    OutboxSignal signal,
    StepOptions options,
    ILogger<PipelineWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Concurrency)).Select(_ => Task.Run(() => RunLoopAsync(stoppingToken), stoppingToken)));

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await runner.RunDueAsync(stoppingToken) > 0)
                {
                }

                failures = 0;
                await signal.WaitForStepsAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                LogRunFailed(logger, failures, exception);
                var backoff = StepBackoff.Delay(Math.Min(failures, 6), options.PollInterval, TimeSpan.FromSeconds(30));
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Running pipeline steps failed ({Failures} in a row); retrying")]
    private static partial void LogRunFailed(ILogger logger, int failures, Exception exception);
}
