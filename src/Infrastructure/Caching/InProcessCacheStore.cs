using System.Collections.Concurrent;

namespace Headless.Infrastructure.Caching;

/// <summary>
/// The cache used when no Redis is configured. Expired entries are dropped when read and swept
/// periodically while writing, so the dictionary cannot grow without bound on keys nobody reads again.
/// </summary>
public sealed class InProcessCacheStore(TimeProvider time) : ICacheStore
{
    private const int WritesBetweenSweeps = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private int _writesSinceSweep;

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        CacheArguments.ThrowIfInvalidKey(key);
        cancellationToken.ThrowIfCancellationRequested();

        if (!_entries.TryGetValue(key, out var entry))
        {
            return Task.FromResult<string?>(null);
        }

        if (entry.HasExpired(time.GetUtcNow()))
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            return Task.FromResult<string?>(null);
        }

        return Task.FromResult<string?>(entry.Value);
    }

    public Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        CacheArguments.ThrowIfInvalidEntry(key, value, timeToLive);
        cancellationToken.ThrowIfCancellationRequested();

        var now = time.GetUtcNow();
        _entries[key] = new Entry(value, now + timeToLive);

        if (Interlocked.Increment(ref _writesSinceSweep) >= WritesBetweenSweeps)
        {
            Interlocked.Exchange(ref _writesSinceSweep, 0);
            SweepExpired(now);
        }

        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        CacheArguments.ThrowIfInvalidKey(key);
        cancellationToken.ThrowIfCancellationRequested();

        var removed = _entries.TryRemove(key, out var entry) && !entry.HasExpired(time.GetUtcNow());
        return Task.FromResult(removed);
    }

    private void SweepExpired(DateTimeOffset now)
    {
        foreach (var pair in _entries)
        {
            if (pair.Value.HasExpired(now))
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed record Entry(string Value, DateTimeOffset ExpiresAt)
    {
        public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
    }
}
