using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Headless.Infrastructure.Hosting;

/// <summary>
/// A background job that runs once at start and then every <see cref="Interval"/>, each run in its own service scope.
/// A failed run is reported and retried at the next tick instead of stopping the job; stopping the host ends it
/// quietly. Every instance runs its sweeps, so a sweep must be safe to run on several at once.
/// </summary>
public abstract class PeriodicSweep(IServiceScopeFactory scopes, TimeProvider clock) : BackgroundService
{
    /// <summary>The clock the sweep runs by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>How often the sweep runs; zero or less turns it off.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run of the sweep.</summary>
    protected abstract Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken);

    /// <summary>Reports a run that threw; the next tick tries again.</summary>
    protected abstract void OnSweepFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SweepAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                OnSweepFailed(exception);
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
}
