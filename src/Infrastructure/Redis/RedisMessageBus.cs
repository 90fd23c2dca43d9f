using Headless.Infrastructure.Messaging;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>
/// Pub/sub across every instance of the API through Redis channels. Each subscription registers its own
/// handler, so disposing one never silences another on the same topic.
/// </summary>
/// <remarks>
/// A subscription is returned only once it is live. StackExchange.Redis 1.2 can complete a SUBSCRIBE before the
/// server applies it (its subscription connection may still be connecting), and a message published in that window
/// was lost: seen as a flaky test, and for the order feed a change that waited for the next one to show. So the bus
/// publishes a probe on the new channel until its own handler sees it come back. Probes carry a prefix no
/// published message can have and are never delivered to any subscription.
/// </remarks>
internal sealed class RedisMessageBus(RedisConnection connection) : IMessageBus
{
    private const string ChannelPrefix = "headless:bus:";
    private const string ProbePrefix = "\u0000headless-probe:";
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public async Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        if (message.StartsWith(ProbePrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A message may not start with the bus's probe prefix.", nameof(message));
        }

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        await subscriber.PublishAsync(ChannelFor(topic), message).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        var channel = ChannelFor(topic);
        var probe = ProbePrefix + Guid.NewGuid().ToString("N");
        var live = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<RedisChannel, RedisValue>? handler = null;
        var subscription = new ChannelSubscription(
            topic,
            _ => UnsubscribeQuietlyAsync(subscriber, channel, handler));
        handler = (_, value) =>
        {
            var message = (string?)value ?? string.Empty;
            if (!message.StartsWith(ProbePrefix, StringComparison.Ordinal))
            {
                subscription.Deliver(message);
            }
            else if (message == probe)
            {
                live.TrySetResult();
            }
        };

        try
        {
            await subscriber.SubscribeAsync(channel, handler).WaitAsync(cancellationToken).ConfigureAwait(false);
            await ProbeUntilLiveAsync(subscriber, channel, probe, live.Task, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The SUBSCRIBE may still complete after we gave up waiting; drop the handler so it cannot leak.
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return subscription;
    }

    private static async Task ProbeUntilLiveAsync(ISubscriber subscriber, RedisChannel channel, string probe, Task live, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        while (!live.IsCompleted)
        {
            try
            {
                await subscriber.PublishAsync(channel, probe).WaitAsync(timeout.Token).ConfigureAwait(false);
                await live.WaitAsync(ProbeInterval, timeout.Token).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Not back yet: publish again.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The Redis subscription to {channel} did not become live within {ProbeTimeout.TotalSeconds} s.");
            }
        }
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
    private static RedisChannel ChannelFor(string topic) => new(ChannelPrefix + topic, RedisChannel.PatternMode.Literal);
}
