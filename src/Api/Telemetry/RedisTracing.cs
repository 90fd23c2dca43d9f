using Headless.Infrastructure.Redis;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using StackExchange.Redis;

namespace Headless.Api.Telemetry;

/// <summary>Hands the shared multiplexer to the Redis instrumentation once it exists (it is connected lazily).</summary>
internal sealed class RedisTracing(IServiceProvider services) : IRedisConnectionListener
{
    public void Connected(IConnectionMultiplexer multiplexer)
    {
        try
        {
            services.GetService<StackExchangeRedisInstrumentation>()?.AddConnection(multiplexer);
        }
        catch (ObjectDisposedException)
        {
            // The connect finished while the host was shutting down: there is nothing left to trace.
        }
    }
}
