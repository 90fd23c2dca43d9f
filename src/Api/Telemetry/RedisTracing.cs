using Headless.Infrastructure.Redis;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using StackExchange.Redis;

namespace Headless.Api.Telemetry;

/// <summary>Hands the shared multiplexer to the Redis instrumentation once it exists (it is connected lazily).</summary>
internal sealed class RedisTracing(IServiceProvider services) : IRedisConnectionListener
{
    public void Connected(IConnectionMultiplexer multiplexer) =>
        services.GetService<StackExchangeRedisInstrumentation>()?.AddConnection(multiplexer);
}
