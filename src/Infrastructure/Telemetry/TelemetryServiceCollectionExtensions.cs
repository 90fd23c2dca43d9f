using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The commerce instruments (<see cref="HeadlessMetrics"/>) and, with <paramref name="sampleOutbox"/>, the outbox backlog sampler.</summary>
    public static IServiceCollection AddHeadlessMetrics(this IServiceCollection services, bool sampleOutbox = true)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HeadlessMetrics>();
        if (sampleOutbox)
        {
            services.AddHostedService<OutboxLagSampler>();
        }

        return services;
    }
}
