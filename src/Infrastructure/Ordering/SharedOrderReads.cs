using Headless.Domain.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Order reads that many subscribers of one order need at the same moment (the access check and catch-up when they
/// subscribe, the order after an event, the periodic resync): one database read per order, token and position,
/// shared through <see cref="CoalescedReads{TKey}"/>. The key includes the access token, so sharing never grants
/// anyone more than their own read would.
/// </summary>
public sealed class SharedOrderReads(IServiceScopeFactory scopes)
{
    /// <summary>How long a finished read keeps answering: long enough for a burst of subscribers, short against staleness.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Reads running at once, over all orders: well under the database pool (100), so that ten thousand subscribers
    /// arriving together leave connections for everything else.
    /// </summary>
    public const int MaxConcurrentReads = 16;

    private readonly CoalescedReads<ReadKey> _reads = new(MaxConcurrentReads, Linger);

    /// <summary>Database reads begun so far (for tests and benchmarks: callers minus this is what sharing saved).</summary>
    public long ReadsBegun => _reads.ReadsBegun;

    public async Task<Order?> GetOrderAsync(Guid orderId, string? accessToken, int sequence, CancellationToken ct) =>
        (Order?)await ShareAsync(new ReadKey("order", orderId, accessToken, sequence), async q => await q.GetOrderAsync(orderId, accessToken), ct);

    public async Task<bool> CanAccessAsync(Guid orderId, string? accessToken, CancellationToken ct) =>
        (bool)(await ShareAsync(new ReadKey("access", orderId, accessToken, 0), async q => await q.CanAccessAsync(orderId, accessToken), ct))!;

    /// <summary>
    /// The sequence of the newest event, from a read that began at or after <paramref name="startedSince"/> (a
    /// <see cref="System.Diagnostics.Stopwatch"/> timestamp); null without access.
    /// </summary>
    public async Task<int?> GetLastSequenceAsync(Guid orderId, string? accessToken, long startedSince, CancellationToken ct) =>
        (int?)await ShareAsync(new ReadKey("last", orderId, accessToken, 0), async q => await q.GetLastSequenceAsync(orderId, accessToken), ct, startedSince);

    /// <summary>
    /// The events after <paramref name="after"/>. With <paramref name="startedSince"/> (a <see cref="System.Diagnostics.Stopwatch"/>
    /// timestamp) only a read that began at or after it is shared: a subscriber that subscribed to the bus at that
    /// moment must see everything committed before it, which an older read may lack.
    /// </summary>
    public async Task<IReadOnlyList<OrderStatusMessage>?> GetEventsAfterAsync(Guid orderId, string? accessToken, int after, CancellationToken ct, long? startedSince = null) =>
        (IReadOnlyList<OrderStatusMessage>?)await ShareAsync(new ReadKey("events", orderId, accessToken, after), async q => await q.GetEventsAfterAsync(orderId, accessToken, after), ct, startedSince);

    private Task<object?> ShareAsync(ReadKey key, Func<OrderQueries, Task<object?>> read, CancellationToken ct, long? startedSince = null) =>
        _reads.ReadAsync(
            key,
            async () =>
            {
                // A scope of its own: the read outlives any one caller's request.
                await using var scope = scopes.CreateAsyncScope();
                return await read(scope.ServiceProvider.GetRequiredService<OrderQueries>());
            },
            ct,
            startedSince);

    private readonly record struct ReadKey(string Kind, Guid OrderId, string? Token, int Position);
}
