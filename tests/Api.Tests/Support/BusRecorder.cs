using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Headless.Api.Tests.Support;

/// <summary>
/// Watches every channel of the Headless bus on a real Redis (a pattern subscription of its own), so a test can count
/// what the outbox actually published: each message once, or twice if something went wrong.
/// </summary>
public sealed class BusRecorder : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _redis;
    private readonly ConcurrentQueue<(string Channel, string Payload)> _messages = new();

    private BusRecorder(ConnectionMultiplexer redis) => _redis = redis;

    public static async Task<BusRecorder> StartAsync(string configuration)
    {
        var recorder = new BusRecorder(await ConnectionMultiplexer.ConnectAsync(configuration));
        await recorder._redis.GetSubscriber().SubscribeAsync(
            RedisChannel.Pattern("headless:bus:*"),
            (channel, value) => recorder._messages.Enqueue((channel.ToString(), value.ToString())));
        return recorder;
    }

    public IReadOnlyList<(string Channel, string Payload)> Messages => [.. _messages];

    /// <summary>Messages on the channel of one order's status topic.</summary>
    public int CountFor(Guid orderId) => _messages.Count(m => m.Channel.EndsWith(Infrastructure.Ordering.OrderTopics.ForOrder(orderId), StringComparison.Ordinal));

    /// <summary>Any message published more than once, as "channel payload" lines.</summary>
    public IReadOnlyList<string> Duplicates() =>
        [.. _messages.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => $"{g.Key.Channel} {g.Key.Payload} ×{g.Count()}")];

    public async Task WaitForAsync(Func<BusRecorder, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The bus did not get what was expected within {timeout}; it carried {_messages.Count} messages.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync() => await _redis.DisposeAsync();
}
