using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Checkout;

/// <summary>
/// Deletes lapsed stock reservations every <see cref="CheckoutOptions.ReservationPurgeInterval"/>. Availability
/// already ignores them; without this, every abandoned cart would leave its rows behind for good. Each instance
/// runs it; a delete that finds the rows gone deletes nothing, so running it on several at once is harmless.
/// </summary>
public sealed partial class ReservationPurge(
    IServiceScopeFactory scopes,
    CheckoutOptions options,
    TimeProvider clock,
    ILogger<ReservationPurge> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.ReservationPurgeInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.ReservationPurgeInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<StockAvailability>().PurgeExpiredAsync(clock.GetUtcNow(), stoppingToken);
                LogPurged(logger, purged);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPurgeFailed(logger, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} lapsed stock reservations")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging lapsed stock reservations failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
