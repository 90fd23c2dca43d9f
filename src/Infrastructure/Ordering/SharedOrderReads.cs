using System.Collections.Concurrent;
using System.Diagnostics;
using Headless.Domain.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Order reads that many subscribers of one order need at the same moment (the access check and catch-up when they
/// subscribe, the order after an event, the periodic resync): one database read per order, token and position,
/// shared by every caller asking while it runs and for <see cref="Linger"/> after. The key includes the access token,
/// so sharing never grants anyone more than their own read would; a shared read is not cancelled when one of its
/// callers goes away, each caller only stops waiting.
/// </summary>
public sealed class SharedOrderReads(IServiceScopeFactory scopes)
{
    /// <summary>How long a finished read keeps answering: long enough for a burst of subscribers, short against staleness.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<ReadKey, SharedRead> _reads = new();

    public async Task<Order?> GetOrderAsync(Guid orderId, string? accessToken, int sequence, CancellationToken ct) =>
        (Order?)await ShareAsync(new ReadKey("order", orderId, accessToken, sequence), async q => await q.GetOrderAsync(orderId, accessToken), ct);

    public async Task<bool> CanAccessAsync(Guid orderId, string? accessToken, CancellationToken ct) =>
        (bool)(await ShareAsync(new ReadKey("access", orderId, accessToken, 0), async q => await q.CanAccessAsync(orderId, accessToken), ct))!;

    /// <summary>
    /// The events after <paramref name="after"/>. With <paramref name="startedSince"/> (a <see cref="Stopwatch"/>
    /// timestamp) only a read that began at or after it is shared: a subscriber that subscribed to the bus at that
    /// moment must see everything committed before it, which an older read may lack.
    /// </summary>
    public async Task<IReadOnlyList<OrderStatusMessage>?> GetEventsAfterAsync(Guid orderId, string? accessToken, int after, CancellationToken ct, long? startedSince = null) =>
        (IReadOnlyList<OrderStatusMessage>?)await ShareAsync(new ReadKey("events", orderId, accessToken, after), async q => await q.GetEventsAfterAsync(orderId, accessToken, after), ct, startedSince);

    private Task<object?> ShareAsync(ReadKey key, Func<OrderQueries, Task<object?>> read, CancellationToken ct, long? startedSince = null)
    {
        while (true)
        {
            var shared = _reads.GetOrAdd(key, k => new SharedRead(() => RunAsync(k, read)));
            if (startedSince is { } since && shared.StartedAt < since)
            {
                // Too old for this caller: replace it (or take the one another caller just put in its place).
                _reads.TryUpdate(key, new SharedRead(() => RunAsync(key, read)), shared);
                continue;
            }

            return shared.Task.WaitAsync(ct);
        }
    }

    private async Task<object?> RunAsync(ReadKey key, Func<OrderQueries, Task<object?>> read)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<OrderQueries>());
        }
        finally
        {
            // Forget it after the linger (at once when it failed, so the next caller tries again).
            _ = ForgetLaterAsync(key);
        }
    }

    private async Task ForgetLaterAsync(ReadKey key)
    {
        await Task.Delay(Linger);
        if (_reads.TryGetValue(key, out var shared) && Stopwatch.GetElapsedTime(shared.StartedAt) >= Linger)
        {
            _reads.TryRemove(new KeyValuePair<ReadKey, SharedRead>(key, shared));
        }
    }

    /// <summary>A read started when first asked for, remembering when (a <see cref="Stopwatch"/> timestamp).</summary>
    private sealed class SharedRead(Func<Task<object?>> start)
    {
        private readonly Lazy<Task<object?>> _task = new(start);

        public long StartedAt { get; } = Stopwatch.GetTimestamp();

        public Task<object?> Task => _task.Value;
    }

    private readonly record struct ReadKey(string Kind, Guid OrderId, string? Token, int Position);
}
