using Headless.Infrastructure.Messaging;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>
/// Pub/sub across every instance of the API through Redis channels. Each subscription registers its own
/// handler, so disposing one never silences another on the same topic.
/// </summary>
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
            _ => new ValueTask(subscriber.UnsubscribeAsync(channel, handler)));
        handler = (_, value) => subscription.Deliver((string?)value ?? string.Empty);

        await subscriber.SubscribeAsync(channel, handler).WaitAsync(cancellationToken).ConfigureAwait(false);
        return subscription;
    }

    // Literal, so that a topic containing '*' or '?' is never taken for a pattern.
    private static RedisChannel ChannelFor(string topic) => new(ChannelPrefix + topic, RedisChannel.PatternMode.Literal);
}
