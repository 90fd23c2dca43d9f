using Headless.Infrastructure.Redis;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Headless.Infrastructure.Catalog.Caching;

public static class CatalogCacheServiceCollectionExtensions
{
    private const string CacheName = "catalog";

    /// <summary>
    /// Registers the catalog cache (<c>Catalog:Cache</c>): memory only without Redis; with <c>Redis:Configuration</c>
    /// also Redis as the shared second level and its backplane, which removes changed entries from every instance's
    /// memory. Stock changes reach it after their transaction commits (<see cref="StockChangeNotifier"/>).
    /// </summary>
    public static IServiceCollection AddCatalogCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CatalogCacheOptions.SectionName).Get<CatalogCacheOptions>() ?? new CatalogCacheOptions();
        if (options.Duration <= TimeSpan.Zero || options.StockDuration <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Catalog:Cache:Duration and Catalog:Cache:StockDuration must be positive; set Catalog:Cache:Enabled=false to turn the cache off.");
        }

        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<IFusionCache>(sp => Create(redis, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<CatalogCache>(sp => new CatalogCache(sp.GetRequiredService<IFusionCache>(), options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<StockChangeNotifier>();
        services.AddSingleton<IInterceptor, StockChangeCommitInterceptor>();
        services.AddScoped<CatalogConnectionHold>();
        services.AddScoped<CatalogReadTracker>();
        return services;
    }

    private static FusionCache Create(RedisOptions redis, ILoggerFactory logging)
    {
        var options = new FusionCacheOptions
        {
            CacheName = CacheName,
            CacheKeyPrefix = CacheName + ":",
            // A Redis outage must not fail catalog reads: the memory level and the database still answer.
            DistributedCacheErrorsLogLevel = LogLevel.Warning,
            BackplaneErrorsLogLevel = LogLevel.Warning,
        };
        var cache = new FusionCache(Options.Create(options), logger: logging.CreateLogger<FusionCache>());
        if (!redis.IsConfigured)
        {
            return cache;
        }

        cache.SetupSerializer(new FusionCacheSystemTextJsonSerializer());
        cache.SetupDistributedCache(new RedisCache(new RedisCacheOptions { Configuration = redis.Configuration }));
        cache.SetupBackplane(new RedisBackplane(new RedisBackplaneOptions { Configuration = redis.Configuration }));
        return cache;
    }
}
