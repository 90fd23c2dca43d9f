using ZiggyCreatures.Caching.Fusion;

namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>
/// The catalog's two-level cache (FusionCache: memory, plus Redis and its backplane when configured). Entries are
/// keyed by what they were read from: a product by id or slug, a product's variants, images and attributes, a
/// variant's available stock, the category tree, and product pages under the catalog's current version. Removing an
/// entry (or moving the version on) reaches every instance through the backplane.
/// </summary>
public sealed class CatalogCache(IFusionCache cache, CatalogCacheOptions options, TimeProvider clock)
{
    private const string VersionKey = "catalog:version";

    private TreeMemo? _tree;

    public bool Enabled => options.Enabled;

    public TimeSpan Duration => options.Duration;

    public TimeSpan StockDuration => options.StockDuration;

    /// <summary>
    /// The values of <paramref name="keys"/>: cached ones from the cache, the others from <paramref name="load"/> in
    /// one batch, then cached (absent ones too, so unknown keys do not reach the database every time).
    /// </summary>
    public async Task<IReadOnlyDictionary<TKey, TValue>> GetManyAsync<TKey, TValue>(
        string kind,
        IReadOnlyCollection<TKey> keys,
        Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> load,
        Func<TValue?, TimeSpan> duration,
        IEqualityComparer<TKey>? comparer = null,
        CatalogReadTracker? tracker = null,
        CancellationToken ct = default)
        where TKey : notnull
        where TValue : class
    {
        if (!options.Enabled)
        {
            return await load(keys);
        }

        var tracking = tracker is { Active: true };

        var found = new Dictionary<TKey, TValue>(comparer);
        var missing = new List<TKey>();
        foreach (var key in keys.Distinct(comparer))
        {
            var cached = await cache.TryGetAsync<Entry<TValue>>(Key(kind, key), token: ct);
            if (!cached.HasValue)
            {
                missing.Add(key);
                continue;
            }

            if (tracking)
            {
                tracker!.Record(new CatalogDependencyOf<Entry<TValue>>(Key(kind, key), cached.Value));
            }

            if (cached.Value.Value is { } value)
            {
                found[key] = value;
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var loaded = await load(missing);
        foreach (var key in missing)
        {
            var value = loaded.GetValueOrDefault(key);
            if (value is not null)
            {
                found[key] = value;
            }

            var entry = new Entry<TValue>(value);
            await cache.SetAsync(Key(kind, key), entry, Options(duration(value)), token: ct);
            if (tracking)
            {
                tracker!.Record(new CatalogDependencyOf<Entry<TValue>>(Key(kind, key), entry));
            }
        }

        return found;
    }

    /// <summary>One value under <paramref name="key"/> (e.g. a product page), from the cache or from <paramref name="load"/>.</summary>
    public async Task<TValue> GetOrLoadAsync<TValue>(string key, Func<Task<TValue>> load, TimeSpan duration, CatalogReadTracker? tracker = null, CancellationToken ct = default)
        where TValue : class
    {
        if (!options.Enabled)
        {
            return await load();
        }

        var cached = await cache.TryGetAsync<TValue>(key, token: ct);
        var value = cached.HasValue ? cached.Value : await load();
        if (!cached.HasValue)
        {
            await cache.SetAsync(key, value, Options(duration), token: ct);
        }

        if (tracker is { Active: true })
        {
            tracker.Record(new CatalogDependencyOf<TValue>(key, value));
        }

        return value;
    }

    /// <summary>
    /// The catalog's version: part of the key of everything that depends on many products at once (pages, counts,
    /// the category tree), so one change of any product retires all of them together.
    /// </summary>
    public async Task<string> VersionAsync(CatalogReadTracker? tracker = null, CancellationToken ct = default)
    {
        if (!options.Enabled)
        {
            return "off";
        }

        var version = await cache.GetOrSetAsync<string>(
            VersionKey, (_, _) => Task.FromResult(NewVersion()), options: Options(options.Duration), token: ct);
        if (tracker is { Active: true })
        {
            tracker.Record(new CatalogDependencyOf<string>(VersionKey, version));
        }

        return version;
    }

    /// <summary>
    /// Whether every dependency still holds the value it was recorded with: one memory lookup each while nothing
    /// changed, Redis only for entries this instance's memory no longer has.
    /// </summary>
    public async ValueTask<bool> IsCurrentAsync(IReadOnlyList<CatalogDependency> dependencies, CancellationToken ct = default)
    {
        if (!options.Enabled)
        {
            return false;
        }

        foreach (var dependency in dependencies)
        {
            if (!await dependency.IsCurrentAsync(cache, ct))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Stock of these variants changed (reserved, allocated, released): their availability is read afresh.</summary>
    public async Task StockChangedAsync(IEnumerable<Guid> variantIds, CancellationToken ct = default)
    {
        if (!options.Enabled)
        {
            return;
        }

        foreach (var id in variantIds.Distinct())
        {
            await cache.RemoveAsync(Key(CatalogCacheKinds.Stock, id), token: ct);
        }
    }

    /// <summary>
    /// A product changed (name, slug, prices, variants, images, attributes, category): its entries go, and every page,
    /// count and the category tree are retired by a new catalog version.
    /// </summary>
    public async Task ProductChangedAsync(Guid productId, IEnumerable<string> slugs, IEnumerable<Guid> variantIds, IEnumerable<string> skus, CancellationToken ct = default)
    {
        if (!options.Enabled)
        {
            return;
        }

        await cache.RemoveAsync(Key(CatalogCacheKinds.ProductById, productId), token: ct);
        await cache.RemoveAsync(Key(CatalogCacheKinds.VariantsByProduct, productId), token: ct);
        await cache.RemoveAsync(Key(CatalogCacheKinds.ImagesByProduct, productId), token: ct);
        await cache.RemoveAsync(Key(CatalogCacheKinds.AttributesByProduct, productId), token: ct);
        foreach (var slug in slugs)
        {
            await cache.RemoveAsync(Key(CatalogCacheKinds.ProductBySlug, slug), token: ct);
        }

        foreach (var id in variantIds)
        {
            await cache.RemoveAsync(Key(CatalogCacheKinds.VariantById, id), token: ct);
            await cache.RemoveAsync(Key(CatalogCacheKinds.Stock, id), token: ct);
        }

        foreach (var sku in skus)
        {
            await cache.RemoveAsync(Key(CatalogCacheKinds.VariantBySku, sku), token: ct);
        }

        await cache.SetAsync(VersionKey, NewVersion(), Options(options.Duration), token: ct);
    }

    /// <summary>
    /// A category was created, renamed or moved: the category tree (and every page and count, which filter by
    /// category) is keyed by the catalog version, so a new version retires them on every instance.
    /// </summary>
    public async Task CategoriesChangedAsync(CancellationToken ct = default)
    {
        if (options.Enabled)
        {
            await cache.SetAsync(VersionKey, NewVersion(), Options(options.Duration), token: ct);
        }
    }

    /// <summary>How long a stock entry may live: the stock duration, or less when a reservation lapses sooner.</summary>
    public TimeSpan StockEntryDuration(DateTimeOffset? nextLapse)
    {
        if (nextLapse is not { } lapse)
        {
            return options.StockDuration;
        }

        var untilLapse = lapse - clock.GetUtcNow();
        return untilLapse < options.StockDuration ? (untilLapse > TimeSpan.FromMilliseconds(1) ? untilLapse : TimeSpan.FromMilliseconds(1)) : options.StockDuration;
    }

    /// <summary>Caches stock read together with variants, so the next read of them needs no statement.</summary>
    public async Task PutStockAsync(IEnumerable<(Guid VariantId, StockRecord Stock)> stock, CancellationToken ct = default)
    {
        foreach (var (id, record) in stock)
        {
            await cache.SetAsync(Key(CatalogCacheKinds.Stock, id), new Entry<StockRecord>(record), Options(StockEntryDuration(record.NextLapse)), token: ct);
        }
    }

    /// <summary>The category tree of these records, built once per cached list rather than once per request.</summary>
    public CategoryTree Tree(CategoryRecord[] categories)
    {
        var last = _tree;
        if (last is not null && ReferenceEquals(last.Records, categories))
        {
            return last.Tree;
        }

        var tree = new CategoryTree(categories);
        _tree = new TreeMemo(categories, tree);
        return tree;
    }

    /// <summary>Empties this instance's memory level and the shared level (tests, diagnostics).</summary>
    public ValueTask ClearAsync(CancellationToken ct = default) => cache.ClearAsync(allowFailSafe: false, token: ct);

    internal static string Key<TKey>(string kind, TKey key) => $"catalog:{kind}:{key}";

    private static string NewVersion() => Guid.NewGuid().ToString("N");

    private static FusionCacheEntryOptions Options(TimeSpan duration) => new() { Duration = duration };

    private sealed record TreeMemo(CategoryRecord[] Records, CategoryTree Tree);

    /// <summary>A cached lookup result: <see cref="Value"/> null records that the key does not exist.</summary>
    public sealed record Entry<TValue>(TValue? Value)
        where TValue : class;
}
