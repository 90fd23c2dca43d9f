using System.Collections.Concurrent;
using System.Diagnostics;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Reads that many callers need at the same moment, one per key: every caller asking while a read of its key runs
/// (or for <c>linger</c> after it ended) shares it. A caller that must see everything committed before a moment
/// (<c>startedSince</c>) shares only a read that began after it; otherwise it waits for the next read of the key,
/// which begins when the running one ends and is shared by every such caller in the meantime. So a key has at most
/// one read running and one waiting, whatever the number of callers; and all keys together run at most
/// <c>maxConcurrent</c> reads (well under the database pool, so a burst of subscribers cannot exhaust it).
/// A shared read is never cancelled by one of its callers going away: each caller only stops waiting.
/// </summary>
public sealed class CoalescedReads<TKey>(int maxConcurrent, TimeSpan linger) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Flight> _flights = new();
    private readonly SemaphoreSlim _slots = new(maxConcurrent, maxConcurrent);
    private long _readsBegun;

    /// <summary>Reads begun so far (what sharing saved is the number of callers minus this).</summary>
    public long ReadsBegun => Interlocked.Read(ref _readsBegun);

    /// <param name="startedSince">A <see cref="Stopwatch"/> timestamp: share only a read that begins at or after it.</param>
    public Task<object?> ReadAsync(TKey key, Func<Task<object?>> read, CancellationToken ct, long? startedSince = null)
    {
        while (true)
        {
            if (!_flights.TryGetValue(key, out var current))
            {
                var first = new Flight(this, key, read, previous: null);
                if (_flights.TryAdd(key, first))
                {
                    return first.Task.WaitAsync(ct);
                }

                continue;
            }

            if (current.Serves(startedSince))
            {
                return current.Task.WaitAsync(ct);
            }

            // Too old for this caller: queue the next read behind it (or take the one another caller just queued).
            var next = new Flight(this, key, read, previous: current);
            if (_flights.TryUpdate(key, next, current))
            {
                return next.Task.WaitAsync(ct);
            }
        }
    }

    private async Task<object?> RunAsync(Flight flight, Func<Task<object?>> read, Flight? previous)
    {
        try
        {
            if (previous is not null)
            {
                // One read of a key at a time: the waiting one starts when the running one ends, however it ends.
                await ((Task)previous.Task).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }

            await _slots.WaitAsync().ConfigureAwait(false);
            try
            {
                // Published before the read begins: a caller that still sees "not begun" joins a read that begins later.
                flight.MarkBegun();
                Interlocked.Increment(ref _readsBegun);
                return await read().ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch
        {
            // A failed read is not shared with later callers: the next one tries again.
            _flights.TryRemove(new KeyValuePair<TKey, Flight>(flight.Key, flight));
            throw;
        }
        finally
        {
            _ = ForgetLaterAsync(flight);
        }
    }

    private async Task ForgetLaterAsync(Flight flight)
    {
        await Task.Delay(linger).ConfigureAwait(false);
        _flights.TryRemove(new KeyValuePair<TKey, Flight>(flight.Key, flight));
    }

    /// <summary>One read of a key, started when first asked for (only once it is the key's current read).</summary>
    private sealed class Flight
    {
        private const long NotBegun = long.MaxValue;
        private readonly Lazy<Task<object?>> _task;
        private long _begunAt = NotBegun;

        public Flight(CoalescedReads<TKey> owner, TKey key, Func<Task<object?>> read, Flight? previous)
        {
            Key = key;
            _task = new Lazy<Task<object?>>(() => owner.RunAsync(this, read, previous));
        }

        public TKey Key { get; }

        public Task<object?> Task => _task.Value;

        public void MarkBegun() => Volatile.Write(ref _begunAt, Stopwatch.GetTimestamp());

        /// <summary>Whether this read sees everything committed by <paramref name="startedSince"/> (not begun yet: it will).</summary>
        public bool Serves(long? startedSince)
        {
            if (startedSince is not { } since)
            {
                return true;
            }

            var begun = Volatile.Read(ref _begunAt);
            return begun == NotBegun || begun >= since;
        }
    }
}
