using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Outbox;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> whenever this process committed outbox rows, and every poll interval anyway, and
/// tells <see cref="OutboxSignal"/> when it caught up (the pipeline's steps wait for that, so events go out first).
/// </summary>
public sealed partial class OutboxPublisher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxOptions options,
    ILogger<OutboxPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // What was committed before this round is sent by its end (later commits wake the next round).
                var notified = signal.Notified;
                int sent;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchBatchAsync(stoppingToken);
                }
                while (sent == options.BatchSize);

                signal.CaughtUp(notified);
                failures = 0;
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                signal.NotPublishing();
                return;
            }
            catch (Exception ex)
            {
                signal.NotPublishing();
                failures++;
                LogDispatchFailed(logger, failures, ex);
                var backoff = TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, options.PollInterval.TotalMilliseconds * Math.Pow(2, Math.Min(failures, 10))));
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed ({Failures} in a row); retrying")]
    private static partial void LogDispatchFailed(ILogger logger, int failures, Exception exception);
}
