using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>
/// Applies scheduled prices that are due, every <see cref="CatalogAdminOptions.ScheduledPriceInterval"/> on every
/// instance. Correctness does not rest on it: an admin read applies what is due too, and racing instances are
/// refused by the product's revision (the loser finds nothing due the next time).
/// </summary>
public sealed partial class ScheduledPriceSweep(
    IServiceScopeFactory scopes,
    CatalogAdminOptions options,
    TimeProvider clock,
    ILogger<ScheduledPriceSweep> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.ScheduledPriceInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var repriced = await services.GetRequiredService<CatalogAdminService>().ApplyDuePricesAsync(100, stoppingToken);
        if (repriced > 0)
        {
            LogApplied(logger, repriced);
        }
    }

    protected override void OnSweepFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied scheduled prices of {Count} products")]
    private static partial void LogApplied(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying scheduled prices failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
