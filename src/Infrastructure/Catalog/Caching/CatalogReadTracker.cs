namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>
/// Scoped: what the catalog reads of one request depended on, while <see cref="Start"/> has switched it on (the
/// response cache does, for anonymous catalog reads). The catalog version stands for every product, price, image,
/// attribute and category, because each change of them moves it on; stock is per variant, because it changes with
/// every cart; pages and counts that filter on stock are recorded as entries of their own.
/// </summary>
public sealed class CatalogReadTracker
{
    private readonly Lock _gate = new();
    private List<CatalogDependency>? _dependencies;

    public bool Active => _dependencies is not null;

    public void Start() => _dependencies = [];

    /// <summary>What was recorded since <see cref="Start"/>, one entry per key.</summary>
    public IReadOnlyList<CatalogDependency> Dependencies
    {
        get
        {
            lock (_gate)
            {
                return _dependencies is null ? [] : [.. _dependencies.DistinctBy(d => d.Key, StringComparer.Ordinal)];
            }
        }
    }

    internal void Record(CatalogDependency dependency)
    {
        if (_dependencies is null)
        {
            return;
        }

        lock (_gate)
        {
            _dependencies.Add(dependency);
        }
    }
}
