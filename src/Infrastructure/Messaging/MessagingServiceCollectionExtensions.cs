using Headless.Infrastructure.Caching;
using Headless.Infrastructure.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Headless.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Health checks with this tag decide readiness (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    private static readonly TimeSpan RedisHealthTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Registers <see cref="IMessageBus"/> and <see cref="ICacheStore"/>: backed by Redis when
    /// <c>Redis:Configuration</c> is set (plus a readiness check that pings it), otherwise in-process.
    /// </summary>
    public static IServiceCollection AddHeadlessMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisOptions.SectionName);
        services.AddOptions<RedisOptions>().Bind(section);
        services.TryAddSingleton(TimeProvider.System);

        var redis = section.Get<RedisOptions>() ?? new RedisOptions();
        if (!redis.IsConfigured)
        {
            services.AddSingleton<IMessageBus, InProcessMessageBus>();
            services.AddSingleton<ICacheStore, InProcessCacheStore>();
            return services;
        }

        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IMessageBus, RedisMessageBus>();
        services.AddSingleton<ICacheStore, RedisCacheStore>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(
            "redis",
            HealthStatus.Unhealthy,
            tags: [ReadyTag],
            timeout: RedisHealthTimeout);
        return services;
    }
}
