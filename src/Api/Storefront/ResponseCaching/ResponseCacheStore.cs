using Microsoft.Extensions.Caching.Memory;

namespace Headless.Api.Storefront.ResponseCaching;

/// <summary>
/// This instance's stored answers, bounded by <see cref="ResponseCacheOptions.SizeLimitMegabytes"/>. Memory only:
/// what keeps them correct is their dependencies, which live in the shared catalog cache, so every instance checks
/// its own answers against the same entries.
/// </summary>
internal sealed class ResponseCacheStore(ResponseCacheOptions options, TimeSpan lifetime) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = (long)options.SizeLimitMegabytes * 1024 * 1024 });

    public bool TryGet(string key, out CachedResponse? response) => _entries.TryGetValue(key, out response);

    public void Set(string key, CachedResponse response) =>
        // The lifetime bounds what a direct database edit (which notifies nobody) can leave standing, like the catalog cache's own.
        _entries.Set(key, response, new MemoryCacheEntryOptions { Size = response.Body.Length + (key.Length * 2), AbsoluteExpirationRelativeToNow = lifetime });

    public void Remove(string key) => _entries.Remove(key);

    public void Dispose() => _entries.Dispose();
}
