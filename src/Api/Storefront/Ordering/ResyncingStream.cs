using System.Runtime.CompilerServices;
using Headless.Infrastructure.Ordering;

namespace Headless.Api.Storefront.Ordering;

/// <summary>
/// The live feed of one order, with a periodic look at the database whenever the feed is quiet for
/// <c>interval</c>. Pub/sub loses what is published while a subscriber is (re)connecting; the feed fills
/// a gap only when a later message arrives, so the last event of an outage would wait for the next one.
/// Both sources yield consecutive sequence numbers, so keeping only numbers above the last one delivered
/// gives each event once and in order.
/// </summary>
internal static class ResyncingStream
{
    /// <summary>
    /// Where in each interval an order's subscribers look: the same moment for all of one order (so their reads are
    /// one shared read), spread over the interval across orders (so orders do not all read at once).
    /// </summary>
    public static TimeSpan PhaseOf(Guid orderId, TimeSpan interval) =>
        interval <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)((uint)orderId.GetHashCode() % (ulong)interval.Ticks));

    /// <summary>
    /// The wait until the next resync tick (multiples of <paramref name="interval"/> shifted by <paramref name="phase"/>):
    /// at most one interval, so a quiet subscription still looks at least once per interval.
    /// </summary>
    private static TimeSpan UntilNextTick(TimeSpan interval, TimeSpan phase)
    {
        if (interval <= TimeSpan.Zero)
        {
            return interval;
        }

        var now = DateTimeOffset.UtcNow.Ticks - phase.Ticks;
        var wait = interval.Ticks - (now % interval.Ticks);
        return TimeSpan.FromTicks(wait);
    }

    public static async IAsyncEnumerable<OrderStatusMessage> Merge(
        IAsyncEnumerable<OrderStatusMessage> live,
        Func<int, CancellationToken, Task<IReadOnlyList<OrderStatusMessage>>> catchUp,
        int after,
        TimeSpan interval,
        TimeSpan phase,
        [EnumeratorCancellation] CancellationToken ct,
        Action<OrderStatusMessage>? deliveredLive = null)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = live.GetAsyncEnumerator(stop.Token);
        Task<bool>? pending = null;
        var last = after;
        try
        {
            while (true)
            {
                pending ??= reader.MoveNextAsync().AsTask();
                var quiet = Task.Delay(UntilNextTick(interval, phase), stop.Token);
                if (await Task.WhenAny(pending, quiet) == pending)
                {
                    if (!await pending)
                    {
                        yield break;
                    }

                    pending = null;
                    if (reader.Current.Sequence > last)
                    {
                        last = reader.Current.Sequence;
                        deliveredLive?.Invoke(reader.Current);
                        yield return reader.Current;
                    }

                    continue;
                }

                stop.Token.ThrowIfCancellationRequested();
                foreach (var missed in await catchUp(last, stop.Token))
                {
                    if (missed.Sequence > last)
                    {
                        last = missed.Sequence;
                        yield return missed;
                    }
                }
            }
        }
        finally
        {
            // An enumerator cannot be disposed while a MoveNextAsync is in flight: cancel it and let it end first.
            await stop.CancelAsync();
            if (pending is not null)
            {
                try
                {
                    await pending;
                }
                catch (OperationCanceledException)
                {
                    // Expected: we cancelled it.
                }
            }

            await reader.DisposeAsync();
        }
    }
}
