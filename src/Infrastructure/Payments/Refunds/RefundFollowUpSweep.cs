using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Payments.Refunds;

/// <summary>Runs <see cref="RefundFollowUp"/> every <see cref="PaymentOptions.RefundFollowUpInterval"/> on every instance; its lease lets one at a time work.</summary>
public sealed partial class RefundFollowUpSweep(
    IServiceScopeFactory scopes,
    PaymentOptions options,
    TimeProvider clock,
    ILogger<RefundFollowUpSweep> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.RefundFollowUpInterval;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken) =>
        await services.GetRequiredService<RefundFollowUp>().FollowUpDueAsync(stoppingToken);

    protected override void OnSweepFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following up pending refunds failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
