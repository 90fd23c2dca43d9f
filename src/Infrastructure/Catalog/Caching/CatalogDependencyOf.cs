using ZiggyCreatures.Caching.Fusion;

namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>
/// A dependency on an entry of type <typeparamref name="TValue"/>: read back with its own type (reading it as another
/// type would put a wrongly typed copy into memory when it comes from Redis). The same object, or an equal record
/// (what another instance wrote, deserialized), counts as unchanged.
/// </summary>
internal sealed class CatalogDependencyOf<TValue>(string key, TValue value) : CatalogDependency(key)
    where TValue : class
{
    internal override async ValueTask<bool> IsCurrentAsync(IFusionCache cache, CancellationToken ct)
    {
        var now = await cache.TryGetAsync<TValue>(Key, token: ct);
        return now.HasValue && (ReferenceEquals(now.Value, value) || value.Equals(now.Value));
    }
}
