using Headless.Infrastructure.Messaging;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>
/// Pub/sub across every instance of the API through Redis channels. Each subscription registers its own
/// handler, so disposing one never silences another on the same topic.
/// </summary>
/// <remarks>
/// A subscription is returned only once it is live: StackExchange.Redis 2.x completes <c>SubscribeAsync</c> when the
/// server has confirmed the SUBSCRIBE, so a message published after it returns reaches the handler. (1.2 could
/// complete earlier, which is why this bus once published probes until its own handler saw one; the tests in
/// <c>RedisMessageBusTests</c>, notably the one on a fresh connection, guard the guarantee without them.)
/// </remarks>
internal sealed class RedisMessageBus(RedisConnection connection) : IMessageBus
{
    private const string ChannelPrefix = "headless:bus:";

    public async Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        await subscriber.PublishAsync(ChannelFor(topic), message).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        var channel = ChannelFor(topic);
        Action<RedisChannel, RedisValue>? handler = null;
        var subscription = new ChannelSubscription(
            topic,
            _ => UnsubscribeQuietlyAsync(subscriber, channel, handler));
        handler = (_, value) => subscription.Deliver((string?)value ?? string.Empty);

        try
        {
            await subscriber.SubscribeAsync(channel, handler).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The SUBSCRIBE may still complete after we gave up waiting; drop the handler so it cannot leak.
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return subscription;
    }

    /// <summary>
    /// Disposing must not throw while Redis is down. A handler left behind is harmless: it only writes into
    /// a completed channel.
    /// </summary>
    private static async ValueTask UnsubscribeQuietlyAsync(ISubscriber subscriber, RedisChannel channel, Action<RedisChannel, RedisValue>? handler)
    {
        try
        {
            await subscriber.UnsubscribeAsync(channel, handler).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Nothing to do: see above.
        }
    }

    // Literal, so that a topic containing '*' or '?' is never taken for a pattern.
    private static RedisChannel ChannelFor(string topic) => RedisChannel.Literal(ChannelPrefix + topic);
}
