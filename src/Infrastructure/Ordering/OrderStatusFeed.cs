using System.Runtime.CompilerServices;
using Headless.Infrastructure.Messaging;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// The live status of one order for a subscription: first every event after the sequence the client last
/// saw, then live ones from the bus, each sequence exactly once and in order. It subscribes before it
/// catches up, so nothing committed in between is lost; when the bus skips a number (a dropped message),
/// the gap is filled from the database.
/// </summary>
public sealed class OrderStatusFeed(SharedOrderReads reads, IMessageBus bus)
{
    /// <summary>Null when the order does not exist or the token is wrong (the same answer for both).</summary>
    public async Task<IAsyncEnumerable<OrderStatusMessage>?> SubscribeAsync(Guid orderId, string? accessToken, int after, CancellationToken ct = default)
    {
        if (!await reads.CanAccessAsync(orderId, accessToken, ct))
        {
            return null;
        }

        var subscription = await bus.SubscribeAsync(OrderTopics.ForOrder(orderId), ct);
        return Stream(subscription, orderId, accessToken, after, System.Diagnostics.Stopwatch.GetTimestamp(), ct);
    }

    private async IAsyncEnumerable<OrderStatusMessage> Stream(
        IMessageSubscription subscription,
        Guid orderId,
        string? accessToken,
        int after,
        long subscribedAt,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var _ = subscription;
        var last = after;
        foreach (var missed in await reads.GetEventsAfterAsync(orderId, accessToken, last, ct, subscribedAt) ?? [])
        {
            last = missed.Sequence;
            yield return missed;
        }

        await foreach (var payload in subscription.ReadAllAsync(ct))
        {
            var message = OrderStatusMessage.Parse(payload);
            if (message.Sequence <= last)
            {
                continue;
            }

            // A gap: read what is committed now (a read begun before this message arrived may lack it).
            var batch = message.Sequence == last + 1
                ? [message]
                : await reads.GetEventsAfterAsync(orderId, accessToken, last, ct, System.Diagnostics.Stopwatch.GetTimestamp()) ?? [];
            foreach (var next in batch.Where(m => m.Sequence > last))
            {
                last = next.Sequence;
                yield return next;
            }
        }
    }

}
