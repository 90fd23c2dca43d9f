using Headless.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Headless.Infrastructure.Auditing;

/// <summary>Writes the refusals <see cref="AccessRefusalLog"/> counted, once per window, and what is left when the host stops.</summary>
public sealed class AccessRefusalFlush(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    AccessRefusalLog log,
    IOptions<AccessRefusalOptions> options,
    ILogger<AccessRefusalFlush> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.Value.Window;

    protected override Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken) => log.FlushAsync(stoppingToken);

    protected override void OnSweepFailed(Exception exception) => logger.LogWarning(exception, "Writing access refusal audit entries failed.");

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await log.FlushAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Writing the last access refusal audit entries at shutdown failed.");
        }
    }
}
