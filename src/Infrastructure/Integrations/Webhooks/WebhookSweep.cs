using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Every <see cref="WebhookOptions.PollInterval"/>: copies configured endpoints into the table (first run of this
/// process), fans the feed out to deliveries, and posts what is due. Every instance runs it; leases keep each
/// endpoint's fan-out and each delivery's attempt on one instance at a time.
/// </summary>
public sealed partial class WebhookSweep(
    IServiceScopeFactory scopes,
    WebhookOptions options,
    TimeProvider clock,
    ILogger<WebhookSweep> logger) : PeriodicSweep(scopes, clock)
{
    private bool _synced;

    protected override TimeSpan Interval => options.PollInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        if (!_synced)
        {
            await services.GetRequiredService<WebhookEndpointSync>().SyncAsync(stoppingToken);
            _synced = true;
        }

        await services.GetRequiredService<WebhookFanOut>().FanOutAsync(stoppingToken);
        var sender = services.GetRequiredService<WebhookSender>();
        while (await sender.SendDueAsync(stoppingToken) == options.BatchSize)
        {
        }
    }

    protected override void OnSweepFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
