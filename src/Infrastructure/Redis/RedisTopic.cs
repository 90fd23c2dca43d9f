using Headless.Infrastructure.Messaging;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>
/// One Redis channel as this process listens to it: a single StackExchange.Redis message queue that hands each
/// message to every local subscription of the topic. With one handler per subscriber instead, 10,000 subscribers of
/// one order meant 10,000 delegates on one channel, combined and removed one by one, invoked per message.
/// </summary>
/// <remarks>
/// A subscription joins before it waits for <see cref="Ready"/>, so once the SUBSCRIBE is confirmed it receives
/// everything published after that, as <see cref="IMessageBus.SubscribeAsync"/> promises. Delivery iterates a
/// snapshot rebuilt only after the set changed: subscribers come and go in bursts between events, so an event
/// normally costs no copy, and a burst of joins costs no copy per join.
/// </remarks>
internal sealed class RedisTopic
{
    private readonly Lock _gate = new();
    private readonly HashSet<ChannelSubscription> _subscriptions = new(ReferenceEqualityComparer.Instance);
    private ChannelSubscription[]? _snapshot = [];

    public RedisTopic(string topic, RedisChannel channel)
    {
        Topic = topic;
        Channel = channel;
    }

    public string Topic { get; }

    public RedisChannel Channel { get; }

    /// <summary>
    /// The queue StackExchange.Redis fills for this channel once subscribed (kept to unsubscribe exactly it); null
    /// until then, or when the SUBSCRIBE failed.
    /// </summary>
    public ChannelMessageQueue? Queue { get; private set; }

    /// <summary>Completes when Redis has confirmed the SUBSCRIBE and <see cref="Queue"/> is being read.</summary>
    public Task Ready { get; set; } = Task.CompletedTask;

    /// <summary>Starts delivering what the confirmed subscription receives.</summary>
    /// <remarks>
    /// A queue, not a handler: StackExchange.Redis runs handler callbacks as separate thread-pool work items, so two
    /// messages of one channel could be delivered in either order (an order's "end" before the status change published
    /// just ahead of it). A queue is read by one loop, in the order Redis sent the messages.
    /// </remarks>
    public void Listen(ChannelMessageQueue queue)
    {
        Queue = queue;
        queue.OnMessage(message => Deliver(message.Message));
    }

    /// <summary>Adds a subscription.</summary>
    public void Add(ChannelSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Add(subscription);
            _snapshot = null;
        }
    }

    /// <summary>Removes a subscription; true when it was there and was the last one.</summary>
    public bool Remove(ChannelSubscription subscription)
    {
        lock (_gate)
        {
            if (!_subscriptions.Remove(subscription))
            {
                return false;
            }

            _snapshot = null;
            return _subscriptions.Count == 0;
        }
    }

    private void Deliver(RedisValue value)
    {
        // Decoded once for all subscribers; each Deliver only writes into a bounded channel and never waits.
        var message = (string?)value ?? string.Empty;
        foreach (var subscription in Snapshot())
        {
            subscription.Deliver(message);
        }
    }

    private ChannelSubscription[] Snapshot()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null)
        {
            return snapshot;
        }

        lock (_gate)
        {
            return _snapshot ??= [.. _subscriptions];
        }
    }
}
