using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>Every <see cref="NotificationOptions.PollInterval"/>: queue messages for new feed entries, then send what is due. Outside any request.</summary>
public sealed partial class NotificationSweep(
    IServiceScopeFactory scopes,
    NotificationOptions options,
    TimeProvider clock,
    ILogger<NotificationSweep> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.PollInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var scheduler = services.GetRequiredService<NotificationScheduler>();
        while (await scheduler.ScheduleAsync(stoppingToken) > 0)
        {
        }

        var sender = services.GetRequiredService<NotificationSender>();
        while (await sender.SendDueAsync(stoppingToken) == options.BatchSize)
        {
        }
    }

    protected override void OnSweepFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Customer notifications failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
