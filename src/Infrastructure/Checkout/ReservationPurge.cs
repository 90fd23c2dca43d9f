using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
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
    ILogger<ReservationPurge> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.ReservationPurgeInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var purged = await services.GetRequiredService<StockAvailability>().PurgeExpiredAsync(Clock.GetUtcNow(), stoppingToken);
        LogPurged(logger, purged);
    }

    protected override void OnSweepFailed(Exception exception) => LogPurgeFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} lapsed stock reservations")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging lapsed stock reservations failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
