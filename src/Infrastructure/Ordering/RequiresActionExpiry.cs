using Headless.Infrastructure.Hosting;
using Headless.Infrastructure.Payments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Runs <see cref="UnpaidOrderExpiry"/> every <see cref="PaymentOptions.RequiresActionSweepInterval"/>, so an order
/// whose shopper never finished 3-D Secure gives its stock back. Every instance runs it; the expiry itself makes
/// sure each order is cancelled once.
/// </summary>
public sealed partial class RequiresActionExpiry(
    IServiceScopeFactory scopes,
    PaymentOptions options,
    TimeProvider clock,
    ILogger<RequiresActionExpiry> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval =>
        options.RequiresActionTimeout <= TimeSpan.Zero ? TimeSpan.Zero : options.RequiresActionSweepInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var expired = await services.GetRequiredService<UnpaidOrderExpiry>().ExpireDueAsync(stoppingToken);
        LogSwept(logger, expired);
    }

    protected override void OnSweepFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cancelled {Count} orders whose payment waited for the shopper too long")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring orders whose payment waited for the shopper failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
