using Headless.Infrastructure.Caching;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>A cache shared by every instance of the API; Redis expires the entries itself.</summary>
internal sealed class RedisCacheStore(RedisConnection connection) : ICacheStore
{
    private const string KeyPrefix = "headless:cache:";

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        CacheArguments.ThrowIfInvalidKey(key);

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        var value = await database.StringGetAsync(KeyFor(key)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : (string?)value;
    }

    public async Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        CacheArguments.ThrowIfInvalidEntry(key, value, timeToLive);

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.StringSetAsync(KeyFor(key), value, timeToLive).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        CacheArguments.ThrowIfInvalidKey(key);

        var database = await connection.GetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        return await database.KeyDeleteAsync(KeyFor(key)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static RedisKey KeyFor(string key) => KeyPrefix + key;
}
