using Headless.Infrastructure.Payments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    ILogger<RequiresActionExpiry> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.RequiresActionSweepInterval <= TimeSpan.Zero || options.RequiresActionTimeout <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.RequiresActionSweepInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<UnpaidOrderExpiry>().ExpireDueAsync(stoppingToken);
                LogSwept(logger, expired);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogSweepFailed(logger, exception);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cancelled {Count} orders whose payment waited for the shopper too long")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring orders whose payment waited for the shopper failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
