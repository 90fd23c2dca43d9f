namespace Headless.Infrastructure.Caching;

/// <summary>
/// A shared key/value cache. Every entry expires: there is no "forever", so stale data always heals.
/// A miss is normal; callers must be able to rebuild any value.
/// </summary>
public interface ICacheStore
{
    /// <summary>The value stored under <paramref name="key"/>, or null when absent or expired.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="value"/>, replacing any previous value and its expiry.</summary>
    Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry; returns whether there was one.</summary>
    Task<bool> RemoveAsync(string key, CancellationToken cancellationToken = default);
}
