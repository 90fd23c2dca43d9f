using Microsoft.Extensions.Caching.Memory;

namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>
/// Per instance, whether a session is still active, for <see cref="HeadlessAuthenticationOptions.SessionCheckCacheDuration"/>:
/// a revocation made on this instance applies at once, one made on another instance within that time.
/// </summary>
public sealed class SessionRevocationCache(HeadlessAuthenticationOptions options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async ValueTask<bool> IsActiveAsync(Guid sessionId, Func<CancellationToken, Task<bool>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (_cache.TryGetValue(sessionId, out bool active))
        {
            return active;
        }

        active = await read(cancellationToken);
        if (options.SessionCheckCacheDuration > TimeSpan.Zero)
        {
            _cache.Set(sessionId, active, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.SessionCheckCacheDuration });
        }

        return active;
    }

    public void MarkRevoked(Guid sessionId) =>
        _cache.Set(sessionId, false, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.RefreshTokenLifetime });

    public void Dispose() => _cache.Dispose();
}
