using ZiggyCreatures.Caching.Fusion;

namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>
/// One catalog cache entry a computed answer was built from, with the value it had then. The answer stays valid while
/// every one of its dependencies still holds that value: a removal (a stock change, here or on another instance
/// through the backplane), an expiry (a reservation lapsing) or a new catalog version makes it stale.
/// </summary>
public abstract class CatalogDependency
{
    private protected CatalogDependency(string key) => Key = key;

    public string Key { get; }

    internal abstract ValueTask<bool> IsCurrentAsync(IFusionCache cache, CancellationToken ct);
}
