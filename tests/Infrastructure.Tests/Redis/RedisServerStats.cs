using StackExchange.Redis;

namespace Headless.Infrastructure.Tests.Redis;

/// <summary>
/// What the Redis server itself says about the bus's subscriptions, read over a connection of the test's own:
/// the number of SUBSCRIBE commands it has run and the number of clients listening on a channel.
/// </summary>
public sealed class RedisServerStats : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _multiplexer;

    private RedisServerStats(ConnectionMultiplexer multiplexer) => _multiplexer = multiplexer;

    public static async Task<RedisServerStats> ConnectAsync(string configuration) =>
        new(await ConnectionMultiplexer.ConnectAsync(configuration + ",allowAdmin=true"));

    /// <summary>SUBSCRIBE commands the server has run since it started (from <c>INFO commandstats</c>).</summary>
    public async Task<long> SubscribeCommandsAsync()
    {
        var info = (string?)await _multiplexer.GetDatabase().ExecuteAsync("INFO", "commandstats") ?? string.Empty;
        var line = info.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("cmdstat_subscribe:", StringComparison.Ordinal));
        if (line is null)
        {
            return 0;
        }

        var calls = line["cmdstat_subscribe:".Length..].Split(',').First(p => p.StartsWith("calls=", StringComparison.Ordinal));
        return long.Parse(calls["calls=".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Clients subscribed to the bus's channel for <paramref name="topic"/> (<c>PUBSUB NUMSUB</c>).</summary>
    public async Task<long> ListenersAsync(string topic)
    {
        var reply = (RedisResult[]?)await _multiplexer.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", "headless:bus:" + topic);
        return reply is { Length: 2 } ? (long)reply[1] : 0;
    }

    /// <summary>Waits until <see cref="ListenersAsync"/> reports <paramref name="expected"/> (an UNSUBSCRIBE may still be on its way).</summary>
    public async Task<long> ListenersEventuallyAsync(string topic, long expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        long listeners;
        while ((listeners = await ListenersAsync(topic)) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return listeners;
    }

    public async ValueTask DisposeAsync() => await _multiplexer.DisposeAsync();
}
