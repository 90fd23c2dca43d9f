namespace Headless.Infrastructure.Messaging;

/// <summary>
/// Topic-based publish/subscribe. Delivery is at-most-once and only to subscribers that exist at the
/// moment of publishing: it carries live notifications (GraphQL subscriptions, cache invalidation),
/// not durable work.
/// </summary>
public interface IMessageBus
{
    /// <summary>Sends <paramref name="message"/> to every current subscriber of <paramref name="topic"/>.</summary>
    Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends <paramref name="messages"/> in their order without waiting for each before the next (a remote bus gets
    /// the batch in one round trip, not one per message). Returns one task per message, in the same order, that
    /// completes once the bus accepted it; after a failure the later ones may or may not have been sent.
    /// </summary>
    Task<IReadOnlyList<Task>> PublishInOrderAsync(IReadOnlyList<BusMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts listening on <paramref name="topic"/>. Once the returned task completes, every later
    /// publication is buffered for the subscription until it is read or disposed.
    /// </summary>
    Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default);
}
