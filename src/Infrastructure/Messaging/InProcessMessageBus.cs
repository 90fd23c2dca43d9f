using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Headless.Infrastructure.Messaging;

/// <summary>
/// The bus used when no Redis is configured: delivers within this process only, which is all a single
/// instance needs.
/// </summary>
public sealed class InProcessMessageBus : IMessageBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<ChannelSubscription>> _topics = new(StringComparer.Ordinal);

    public Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();

        if (_topics.TryGetValue(topic, out var subscribers))
        {
            foreach (var subscriber in subscribers)
            {
                subscriber.Deliver(message);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Task>> PublishInOrderAsync(IReadOnlyList<BusMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var accepted = new Task[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                accepted[i] = PublishAsync(messages[i].Topic, messages[i].Message, cancellationToken);
            }
            catch (Exception exception)
            {
                // Reported on its own message, as a remote bus would: the ones before it were delivered.
                accepted[i] = Task.FromException(exception);
            }
        }

        return Task.FromResult<IReadOnlyList<Task>>(accepted);
    }

    public Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        cancellationToken.ThrowIfCancellationRequested();

        var subscription = new ChannelSubscription(topic, Unsubscribe);
        _topics.AddOrUpdate(topic, _ => [subscription], (_, list) => list.Add(subscription));
        return Task.FromResult<IMessageSubscription>(subscription);
    }

    private ValueTask Unsubscribe(ChannelSubscription subscription)
    {
        while (_topics.TryGetValue(subscription.Topic, out var list))
        {
            var remaining = list.Remove(subscription);
            var updated = remaining.IsEmpty
                ? _topics.TryRemove(new KeyValuePair<string, ImmutableList<ChannelSubscription>>(subscription.Topic, list))
                : _topics.TryUpdate(subscription.Topic, remaining, list);
            if (updated)
            {
                break;
            }
        }

        return ValueTask.CompletedTask;
    }
}
