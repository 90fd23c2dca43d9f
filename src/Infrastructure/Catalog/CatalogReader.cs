using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// The catalog's read side: product pages by keyset, and batch reads by key for every hop a storefront
/// query makes (the DataLoaders call these). No tracking, only the columns needed, filters always in SQL.
/// Scoped like the context; calls are serialized because a DbContext runs one command at a time and
/// DataLoaders may dispatch together.
/// With a <see cref="CatalogCache"/> every read goes to the cache first and only the keys it misses to the database;
/// with a <see cref="CatalogConnectionHold"/> that is on, the reads of one request share one open connection.
/// </summary>
public sealed class CatalogReader(
    HeadlessDbContext db,
    TimeProvider clock,
    CatalogFilterOptions filterLimits,
    CatalogCache? cache = null,
    CatalogConnectionHold? connectionHold = null,
    CatalogReadTracker? tracker = null)
{
    private static readonly Expression<Func<Product, ProductRecord>> ToRecord = p =>
        new ProductRecord(p.Id, p.Slug, p.Name, p.Description, p.Kind, p.CategoryId, p.CreatedAt, p.PopularityScore, p.RecipientField, p.RecipientCountry);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CategoryTree? _tree;
    private bool _connectionOpened;

    /// <summary>One page of products: filtered, searched, ordered and continued after/before a cursor, all in SQL.</summary>
    public async Task<ProductPage> GetProductsAsync(ProductPageRequest request, CancellationToken ct = default)
    {
        if (cache is not { Enabled: true })
        {
            return await ReadProductsAsync(request, ct);
        }

        var key = $"catalog:{CatalogCacheKinds.Page}:{await cache.VersionAsync(tracker, ct)}:{Hash(request)}";
        return await cache.GetOrLoadAsync(key, () => ReadProductsAsync(request, ct), DependsOnStock(request.Filter) ? cache.StockDuration : cache.Duration, tracker, ct);
    }

    private Task<ProductPage> ReadProductsAsync(ProductPageRequest request, CancellationToken ct) =>
        Serialized(async () =>
        {
            var plan = Plan(request);
            var rows = await plan.Query.ToListAsync(ct);
            var hasMore = rows.Count > plan.Size;
            var page = rows.Take(plan.Size).ToList();
            if (!plan.Forward)
            {
                page.Reverse();
            }

            var edges = page.Select(r => new ProductEdgeRecord(ProductCursor.Encode(plan.Signature, [.. plan.Keys.Select(k => KeyValue(k, r))]), r.Product)).ToList();
            return new ProductPage(
                edges,
                HasNextPage: plan.Forward ? hasMore : request.Before is not null,
                HasPreviousPage: plan.Forward ? request.After is not null : hasMore);
        });

    /// <summary>The SQL <see cref="GetProductsAsync"/> runs for <paramref name="request"/> (for diagnostics and tests).</summary>
    public string ProductPageSql(ProductPageRequest request) => Plan(request).Query.ToQueryString();

    /// <summary>How many products match the filter and search, whatever the page.</summary>
    public async Task<int> CountProductsAsync(ProductFilter? filter, string? search, CancellationToken ct = default)
    {
        Task<int> Read() => Serialized(() => Matching(filter, search, relevanceDescending: true).Query.CountAsync(ct));
        if (cache is not { Enabled: true })
        {
            return await Read();
        }

        var key = $"catalog:{CatalogCacheKinds.Count}:{await cache.VersionAsync(tracker, ct)}:{Hash(new { filter, search })}";
        var count = await cache.GetOrLoadAsync(key, async () => new CachedCount(await Read()), DependsOnStock(filter) ? cache.StockDuration : cache.Duration, tracker, ct);
        return count.Value;
    }

    public Task<IReadOnlyDictionary<Guid, ProductRecord>> GetProductsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) =>
        Cached(CatalogCacheKinds.ProductById, ids, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            var found = await Visible(db.Products).Where(p => list.Contains(p.Id)).Select(ToRecord).ToListAsync(ct);
            return (IReadOnlyDictionary<Guid, ProductRecord>)found.ToDictionary(p => p.Id);
        }), ct: ct);

    public Task<IReadOnlyDictionary<string, ProductRecord>> GetProductsBySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken ct = default) =>
        Cached(CatalogCacheKinds.ProductBySlug, slugs, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            var found = await Visible(db.Products).Where(p => list.Contains(p.Slug)).Select(ToRecord).ToListAsync(ct);
            return (IReadOnlyDictionary<string, ProductRecord>)found.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        }), StringComparer.Ordinal, ct);

    /// <summary>
    /// Variants of the products, each product's in display order, with options, prices and stock in one statement.
    /// Cached: prices and options per product, stock per variant (for a shorter time, see <see cref="CatalogCacheOptions"/>).
    /// </summary>
    public async Task<ILookup<Guid, VariantRecord>> GetVariantsByProductIdsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct = default)
    {
        var byProduct = await Cached(CatalogCacheKinds.VariantsByProduct, productIds, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            var variants = await Variants(db.ProductVariants.Where(v => list.Contains(v.ProductId)), ct);
            return (IReadOnlyDictionary<Guid, VariantRecord[]>)list.ToDictionary(id => id, id => variants.Where(v => v.ProductId == id).OrderBy(v => v.Position).ToArray());
        }), ct: ct);
        var withStock = await WithStockAsync(byProduct.Values.SelectMany(v => v).ToList(), ct);
        return withStock.OrderBy(v => v.Position).ToLookup(v => v.ProductId);
    }

    public async Task<IReadOnlyDictionary<Guid, VariantRecord>> GetVariantsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        var found = await Cached(CatalogCacheKinds.VariantById, ids, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            var variants = await Variants(db.ProductVariants.Where(v => list.Contains(v.Id)), ct);
            return (IReadOnlyDictionary<Guid, VariantRecord>)variants.ToDictionary(v => v.Id);
        }), ct: ct);
        return (await WithStockAsync([.. found.Values], ct)).ToDictionary(v => v.Id);
    }

    public async Task<IReadOnlyDictionary<string, VariantRecord>> GetVariantsBySkusAsync(IReadOnlyCollection<string> skus, CancellationToken ct = default)
    {
        var found = await Cached(CatalogCacheKinds.VariantBySku, skus, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            var variants = await Variants(db.ProductVariants.Where(v => list.Contains(v.Sku)), ct);
            return (IReadOnlyDictionary<string, VariantRecord>)variants.ToDictionary(v => v.Sku, StringComparer.Ordinal);
        }), StringComparer.Ordinal, ct);
        return (await WithStockAsync([.. found.Values], ct)).ToDictionary(v => v.Sku, StringComparer.Ordinal);
    }

    public async Task<ILookup<Guid, ImageRecord>> GetImagesByProductIdsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct = default)
    {
        var byProduct = await Cached(CatalogCacheKinds.ImagesByProduct, productIds, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            // A collection projection (one LEFT JOIN); SelectMany over an owned collection would need APPLY, which SQLite lacks.
            var products = await db.Products.AsNoTracking()
                .Where(p => list.Contains(p.Id))
                .Select(p => new { p.Id, Images = p.Images.Select(i => new { i.Url, i.AltText, i.Position }).ToList() })
                .ToListAsync(ct);
            var images = products.ToDictionary(p => p.Id, p => p.Images.Select(i => new ImageRecord(p.Id, i.Url, i.AltText, i.Position)).OrderBy(i => i.Position).ToArray());
            return (IReadOnlyDictionary<Guid, ImageRecord[]>)list.ToDictionary(id => id, id => images.GetValueOrDefault(id) ?? []);
        }), ct: ct);
        return byProduct.Values.SelectMany(i => i).OrderBy(i => i.Position).ToLookup(i => i.ProductId);
    }

    public async Task<ILookup<Guid, AttributeRecord>> GetAttributesByProductIdsAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct = default)
    {
        var byProduct = await Cached(CatalogCacheKinds.AttributesByProduct, productIds, missing => Serialized(async () =>
        {
            var list = missing.Distinct().ToList();
            var products = await db.Products.AsNoTracking()
                .Where(p => list.Contains(p.Id))
                .Select(p => new { p.Id, Attributes = p.Attributes.Select(a => new { a.Name, a.Value }).ToList() })
                .ToListAsync(ct);
            var attributes = products.ToDictionary(p => p.Id, p => p.Attributes.Select(a => new AttributeRecord(p.Id, a.Name, a.Value)).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToArray());
            return (IReadOnlyDictionary<Guid, AttributeRecord[]>)list.ToDictionary(id => id, id => attributes.GetValueOrDefault(id) ?? []);
        }), ct: ct);
        return byProduct.Values.SelectMany(a => a).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToLookup(a => a.ProductId);
    }

    /// <summary>The category tree with product counts, read once per reader (one statement), or from the cache.</summary>
    public async Task<CategoryTree> GetCategoryTreeAsync(CancellationToken ct = default)
    {
        if (_tree is { } tree)
        {
            return tree;
        }

        Task<CategoryRecord[]> Read() => Serialized(async () =>
            await db.Categories.AsNoTracking()
                .Select(c => new CategoryRecord(c.Id, c.Slug, c.Name, c.ParentId, c.Position, db.Products.Count(p => p.CategoryId == c.Id && !p.IsDraft && p.DeletedAt == null)))
                .ToArrayAsync(ct));

        var categories = cache is { Enabled: true }
            ? await cache.GetOrLoadAsync($"catalog:{CatalogCacheKinds.Categories}:{await cache.VersionAsync(tracker, ct)}", Read, cache.Duration, tracker, ct)
            : await Read();
        return _tree ??= cache?.Tree(categories) ?? new CategoryTree(categories);
    }

    /// <summary>
    /// The variants with their current available stock: from the stock cache, the rest in one statement. Only
    /// stocked kinds have any (see <see cref="VariantRecord.Available"/>).
    /// </summary>
    private async Task<IReadOnlyList<VariantRecord>> WithStockAsync(IReadOnlyList<VariantRecord> variants, CancellationToken ct)
    {
        if (cache is not { Enabled: true })
        {
            return variants;
        }

        var stocked = variants.Where(v => v.ProductKind == ProductKind.Physical).Select(v => v.Id).ToList();
        if (stocked.Count == 0)
        {
            return variants;
        }

        var stock = await cache.GetManyAsync(
            CatalogCacheKinds.Stock,
            stocked,
            missing => Serialized(() => StockAsync(missing, ct)),
            s => cache.StockEntryDuration(s?.NextLapse),
            tracker: tracker,
            ct: ct);
        return [.. variants.Select(v => v.ProductKind == ProductKind.Physical ? v with { Available = stock.GetValueOrDefault(v.Id)?.Available ?? 0 } : v)];
    }

    private async Task<IReadOnlyDictionary<Guid, StockRecord>> StockAsync(IReadOnlyCollection<Guid> variantIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = variantIds.ToList();
        var rows = await db.ProductVariants.AsNoTracking()
            .Where(v => list.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                Available = db.StockLevels.Where(s => s.VariantId == v.Id).Sum(s => (int?)(s.OnHand - s.Allocated)),
                Reserved = db.StockReservations.Where(r => r.VariantId == v.Id && r.ExpiresAt > now).Sum(r => (int?)r.Quantity),
                NextLapse = db.StockReservations.Where(r => r.VariantId == v.Id && r.ExpiresAt > now).Min(r => (DateTimeOffset?)r.ExpiresAt),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new StockRecord(Math.Max(0, (r.Available ?? 0) - (r.Reserved ?? 0)), r.NextLapse));
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Cached<TKey, TValue>(
        string kind,
        IReadOnlyCollection<TKey> keys,
        Func<IReadOnlyCollection<TKey>, Task<IReadOnlyDictionary<TKey, TValue>>> load,
        IEqualityComparer<TKey>? comparer = null,
        CancellationToken ct = default)
        where TKey : notnull
        where TValue : class =>
        cache is { Enabled: true }
            ? cache.GetManyAsync(kind, keys, load, _ => cache.Duration, comparer, ct: ct)
            : load(keys);

    /// <summary>What shoppers may see: published products that are not deleted (drafts and deleted ones only in the admin API).</summary>
    private static IQueryable<Product> Visible(IQueryable<Product> products) =>
        products.AsNoTracking().Where(p => !p.IsDraft && p.DeletedAt == null);

    private static bool DependsOnStock(ProductFilter? filter) =>
        filter is not null && (filter.InStockOnly || filter.And.Any(DependsOnStock) || filter.Or.Any(DependsOnStock));

    private static string Hash<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));

    private async Task<List<VariantRecord>> Variants(IQueryable<ProductVariant> variants, CancellationToken ct)
    {
        // What others can still buy: stock less what shoppers' carts hold until their reservations lapse.
        var now = clock.GetUtcNow();
        var cachingStock = cache is { Enabled: true };
        var rows = await variants.AsNoTracking()
            .Join(Visible(db.Products), v => v.ProductId, p => p.Id, (v, p) => new
            {
                v.Id,
                v.ProductId,
                v.Sku,
                v.Position,
                p.Kind,
                v.Price,
                v.CompareAtPrice,
                Options = v.Options.Select(o => new OptionRecord(o.Name, o.Value)).ToList(),
                Available = db.StockLevels.Where(s => s.VariantId == v.Id).Sum(s => (int?)(s.OnHand - s.Allocated)),
                Reserved = db.StockReservations.Where(r => r.VariantId == v.Id && r.ExpiresAt > now).Sum(r => (int?)r.Quantity),
                NextLapse = cachingStock ? db.StockReservations.Where(r => r.VariantId == v.Id && r.ExpiresAt > now).Min(r => (DateTimeOffset?)r.ExpiresAt) : null,
            })
            .ToListAsync(ct);
        if (cachingStock)
        {
            // The stock came with the variants: cache it too, so the next read of these variants needs no statement.
            await cache!.PutStockAsync(
                rows.Where(r => r.Kind == ProductKind.Physical).Select(r => (r.Id, new StockRecord(Math.Max(0, (r.Available ?? 0) - (r.Reserved ?? 0)), r.NextLapse))),
                ct);
        }

        return
        [
            .. rows.Select(r => new VariantRecord(
                r.Id,
                r.ProductId,
                r.Sku,
                r.Position,
                r.Kind,
                r.Price,
                r.CompareAtPrice,
                [.. r.Options.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)],
                r.Kind == ProductKind.Physical ? Math.Max(0, (r.Available ?? 0) - (r.Reserved ?? 0)) : null)),
        ];
    }

    private PagePlan Plan(ProductPageRequest request)
    {
        var (size, forward) = PageSize(request);
        var orders = Orders(request);
        var relevanceOrder = orders.FirstOrDefault(o => o.Field == ProductSortField.Relevance);
        var (query, relevance) = Matching(request.Filter, request.Search, relevanceOrder?.Descending ?? true);
        var keys = orders.Select(o => o.Field == ProductSortField.Relevance ? relevance! : KeyFor(o)).Append(SortKey.Id).ToList();
        var signature = string.Join(",", keys.Select(k => $"{k.Name}:{(k.Descending ? "DESC" : "ASC")}"));
        var types = keys.Select(k => k.ValueType).ToList();

        if (request.After is { } after)
        {
            query = query.Where(Keyset.After(keys, ProductCursor.Decode(after, signature, types)));
        }

        if (request.Before is { } before)
        {
            query = query.Where(Keyset.Before(keys, ProductCursor.Decode(before, signature, types)));
        }

        var ordered = Keyset.OrderBy(query, forward ? keys : [.. keys.Select(k => k.Reversed())]);
        var rows = ordered.Take(size + 1).Select(Row(keys));
        return new PagePlan(rows, keys, signature, size, forward);
    }

    private (IQueryable<Product> Query, SortKey? Relevance) Matching(ProductFilter? filter, string? search, bool relevanceDescending)
    {
        var query = Visible(db.Products);
        if (filter is not null)
        {
            query = query.Where(ProductFilterExpression.Build(filter, db.StockLevels, filterLimits));
        }

        if (string.IsNullOrWhiteSpace(search))
        {
            return (query, null);
        }

        var (match, relevance) = ProductSearch.For(db, search, relevanceDescending);
        return (query.Where(match), relevance);
    }

    private static IReadOnlyList<ProductOrder> Orders(ProductPageRequest request)
    {
        var searching = !string.IsNullOrWhiteSpace(request.Search);
        if (request.Order.Count == 0)
        {
            return [searching ? new ProductOrder(ProductSortField.Relevance, Descending: true) : new ProductOrder(ProductSortField.Name)];
        }

        if (request.Order.Select(o => o.Field).Distinct().Count() != request.Order.Count)
        {
            throw new CatalogInputException(CatalogInputErrorCodes.InvalidArgument, "Each order field may be given once.");
        }

        if (!searching && request.Order.Any(o => o.Field == ProductSortField.Relevance))
        {
            throw new CatalogInputException(CatalogInputErrorCodes.InvalidArgument, "Ordering by RELEVANCE needs a search text.");
        }

        return request.Order;
    }

    private static (int Size, bool Forward) PageSize(ProductPageRequest request)
    {
        if (request.First is not null && request.Last is not null)
        {
            throw new CatalogInputException(
                CatalogInputErrorCodes.InvalidPagination,
                "Give either 'first' (to page forwards) or 'last' (to page backwards), not both.");
        }

        var (size, name) = request.Last is { } last ? (last, "last") : (request.First ?? ProductPageRequest.DefaultPageSize, "first");
        if (size is < 0 or > ProductPageRequest.MaxPageSize)
        {
            throw new CatalogInputException(
                CatalogInputErrorCodes.InvalidPagination,
                $"'{name}' must be between 0 and {ProductPageRequest.MaxPageSize}, was {size}.");
        }

        return (size, request.Last is null);
    }

    private static SortKey KeyFor(ProductOrder order) => order.Field switch
    {
        ProductSortField.Name => SortKey.Create("NAME", p => p.Name, order.Descending),
        ProductSortField.Price => SortKey.Create("PRICE", p => p.Variants.Min(v => (decimal?)v.Price.Amount) ?? 0m, order.Descending),
        ProductSortField.CreatedAt => SortKey.Create("CREATED_AT", p => p.CreatedAt, order.Descending),
        ProductSortField.Popularity => SortKey.Create("POPULARITY", p => p.PopularityScore, order.Descending),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order.Field, "Unknown sort field."),
    };

    /// <summary>Projects the record, plus the computed sort keys (lowest price, relevance) only when the order uses them.</summary>
    private static Expression<Func<Product, PageRow>> Row(IReadOnlyList<SortKey> keys)
    {
        var p = Expression.Parameter(typeof(Product), "p");
        Expression Computed(string name, Expression fallback) =>
            keys.FirstOrDefault(k => k.Name == name) is { } key ? ExpressionComposer.Inline(key.Selector, p) : fallback;

        var init = Expression.MemberInit(
            Expression.New(typeof(PageRow)),
            Expression.Bind(typeof(PageRow).GetProperty(nameof(PageRow.Product))!, ExpressionComposer.Inline(ToRecord, p)),
            Expression.Bind(typeof(PageRow).GetProperty(nameof(PageRow.LowestPrice))!, Computed("PRICE", Expression.Constant(0m))),
            Expression.Bind(typeof(PageRow).GetProperty(nameof(PageRow.Relevance))!, Computed("RELEVANCE", Expression.Constant(0))));
        return Expression.Lambda<Func<Product, PageRow>>(init, p);
    }

    private static object KeyValue(SortKey key, PageRow row) => key.Name switch
    {
        "NAME" => row.Product.Name,
        "PRICE" => row.LowestPrice,
        "CREATED_AT" => row.Product.CreatedAt,
        "POPULARITY" => row.Product.PopularityScore,
        "RELEVANCE" => row.Relevance,
        "ID" => row.Product.Id,
        _ => throw new InvalidOperationException($"Unknown sort key {key.Name}."),
    };

    private async Task<T> Serialized<T>(Func<Task<T>> read)
    {
        await _gate.WaitAsync();
        try
        {
            if (connectionHold is { Enabled: true } && !_connectionOpened)
            {
                // Opened once and left open: EF Core then runs every later read of this request on it, and closes it
                // when the request's context is disposed (one pool checkout per request, not one per batch).
                await db.Database.OpenConnectionAsync();
                _connectionOpened = true;
            }

            return await read();
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record CachedCount(int Value);

    private sealed record PagePlan(IQueryable<PageRow> Query, IReadOnlyList<SortKey> Keys, string Signature, int Size, bool Forward);

    private sealed class PageRow
    {
        public ProductRecord Product { get; init; } = null!;

        public decimal LowestPrice { get; init; }

        public int Relevance { get; init; }
    }
}
