using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>Told once the shared multiplexer has connected (the host uses it to trace Redis commands).</summary>
public interface IRedisConnectionListener
{
    void Connected(IConnectionMultiplexer multiplexer);
}
