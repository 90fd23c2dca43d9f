using Headless.Infrastructure.Messaging;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>
/// Pub/sub across every instance of the API through Redis channels. A process holds one Redis subscription per
/// topic, whatever the number of its local subscribers (<see cref="RedisTopic"/> fans each message out to them):
/// the first subscriber of a topic sends the SUBSCRIBE, later ones join it, and the last one to leave sends the
/// UNSUBSCRIBE. Disposing one subscription never silences another on the same topic.
/// </summary>
/// <remarks>
/// A subscription is returned only once it is live: StackExchange.Redis 2.x completes <c>SubscribeAsync</c> when the
/// server has confirmed the SUBSCRIBE, and a subscriber joining a topic already subscribed waits for that same
/// confirmation, so a message published after it returns reaches it. (1.2 could complete earlier, which is why this
/// bus once published probes until its own handler saw one; the tests in <c>RedisMessageBusTests</c>, notably the one
/// on a fresh connection, guard the guarantee without them.) A topic whose last subscriber left and that is
/// subscribed again at once sends its SUBSCRIBE only after the UNSUBSCRIBE completed, so the two never cross.
/// </remarks>
internal sealed class RedisMessageBus(RedisConnection connection) : IMessageBus
{
    private const string ChannelPrefix = "headless:bus:";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, RedisTopic> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _leaving = new(StringComparer.Ordinal);

    public async Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        await subscriber.PublishAsync(ChannelFor(topic), message).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Task>> PublishInOrderAsync(IReadOnlyList<BusMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            ArgumentException.ThrowIfNullOrEmpty(message.Topic);
            ArgumentNullException.ThrowIfNull(message.Message);
        }

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        // Queued one after another on the one connection, so Redis runs them in this order; none awaited in between.
        var accepted = new Task[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            accepted[i] = subscriber.PublishAsync(ChannelFor(messages[i].Topic), messages[i].Message);
        }

        return accepted;
    }

    public async Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);

        var subscriber = await connection.GetSubscriberAsync(cancellationToken).ConfigureAwait(false);
        RedisTopic? shared;
        ChannelSubscription subscription;
        lock (_gate)
        {
            // A SUBSCRIBE that failed is not waited on again: the next subscriber starts a fresh one (the failed
            // topic's own subscribers are leaving, and the last of them removes its queue).
            if (!_topics.TryGetValue(topic, out shared) || shared.Ready.IsFaulted || shared.Ready.IsCanceled)
            {
                shared = new RedisTopic(topic, ChannelFor(topic));
                shared.Ready = SubscribeAfterAsync(subscriber, shared, _leaving.GetValueOrDefault(topic));
                _topics[topic] = shared;
            }

            var joined = shared;
            subscription = new ChannelSubscription(topic, leaving => LeaveAsync(subscriber, joined, leaving));
            shared.Add(subscription);
        }

        try
        {
            await shared.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The SUBSCRIBE may still complete after we gave up waiting; leaving removes its queue once it has.
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return subscription;
    }

    private static async Task SubscribeAfterAsync(ISubscriber subscriber, RedisTopic topic, Task? previousUnsubscribe)
    {
        if (previousUnsubscribe is not null)
        {
            await previousUnsubscribe.ConfigureAwait(false);
        }

        ChannelMessageQueue queue;
        try
        {
            queue = await subscriber.SubscribeAsync(topic.Channel).ConfigureAwait(false);
        }
        catch
        {
            await ForgetFailedSubscribeAsync(subscriber, topic.Channel).ConfigureAwait(false);
            throw;
        }

        topic.Listen(queue);
    }

    /// <summary>
    /// A SUBSCRIBE that failed leaves its queue registered in the multiplexer, unread and out of our reach: it would
    /// keep the channel subscribed and buffer every message for ever. Dropped here, before <see cref="RedisTopic.Ready"/>
    /// faults, because only then may a fresh attempt for the channel start, so this cannot remove a live queue.
    /// </summary>
    private static async Task ForgetFailedSubscribeAsync(ISubscriber subscriber, RedisChannel channel)
    {
        try
        {
            await subscriber.UnsubscribeAsync(channel).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The local registration is gone even when the server could not be told.
        }
    }

    private async ValueTask LeaveAsync(ISubscriber subscriber, RedisTopic topic, ChannelSubscription subscription)
    {
        TaskCompletionSource left;
        lock (_gate)
        {
            if (!topic.Remove(subscription))
            {
                return;
            }

            // The last local subscriber: nobody can join this topic any more (joining looks it up under this lock),
            // and a new subscriber of the topic sends its SUBSCRIBE only once this UNSUBSCRIBE is done.
            if (_topics.TryGetValue(topic.Topic, out var current) && ReferenceEquals(current, topic))
            {
                _topics.Remove(topic.Topic);
            }

            left = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _leaving[topic.Topic] = left.Task;
        }

        try
        {
            await UnsubscribeQuietlyAsync(subscriber, topic).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                if (_leaving.TryGetValue(topic.Topic, out var current) && ReferenceEquals(current, left.Task))
                {
                    _leaving.Remove(topic.Topic);
                }
            }

            left.SetResult();
        }
    }

    /// <summary>
    /// Never throws, so leaving while Redis is down succeeds and a later SUBSCRIBE of the topic can always follow
    /// it. A channel Redis still holds for us then is harmless: it delivers to a topic nobody holds any more.
    /// </summary>
    private static async Task UnsubscribeQuietlyAsync(ISubscriber subscriber, RedisTopic topic)
    {
        try
        {
            // Its SUBSCRIBE first (it may still be in flight when the last subscriber gave up waiting on it).
            await topic.Ready.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or OperationCanceledException)
        {
            // Failed: its registration was dropped then, and Queue is null.
        }

        try
        {
            if (topic.Queue is { } queue)
            {
                await queue.UnsubscribeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Nothing to do: see above.
        }
    }

    // Literal, so that a topic containing '*' or '?' is never taken for a pattern.
    private static RedisChannel ChannelFor(string topic) => RedisChannel.Literal(ChannelPrefix + topic);
}
