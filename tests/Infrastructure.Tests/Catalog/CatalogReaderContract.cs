using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Infrastructure.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Tests.Catalog;

/// <summary>The catalog reads, checked against the aggregates on every provider (a subclass per database).</summary>
public abstract class CatalogReaderContract
{
    protected abstract Task<SeededCatalog> CatalogAsync();

    /// <summary>A seeded catalog of the test's own, which it may change.</summary>
    protected abstract Task<SeededCatalog> FreshCatalogAsync();

    [Fact]
    public async Task PagesStayStableWhenProductsAreAddedBeforeTheCursor()
    {
        await using var catalog = await FreshCatalogAsync();
        var first = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 10 }));
        var second = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 10, After = first.EndCursor }));

        var category = catalog.Categories.Single(c => c.Slug == "smartphones");
        await catalog.WriteAsync(db =>
        {
            var product = new Product("aaa-new-phone", "AAA New Phone", "Listed while someone was paging.", ProductKind.Physical, category.Id, DateTimeOffset.UtcNow);
            product.AddVariant("AAA-NEW-PHONE", new Money(10m, "EUR"));
            db.Products.Add(product);
            return Task.CompletedTask;
        });
        var secondAgain = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 10, After = first.EndCursor }));
        var newFirst = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 10 }));

        Assert.Equal(second.Edges.Select(e => e.Product.Id), secondAgain.Edges.Select(e => e.Product.Id));
        Assert.Contains("aaa-new-phone", newFirst.Edges.Select(e => e.Product.Slug));
        Assert.Equal(first.Edges.Take(9).Select(e => e.Product.Id), newFirst.Edges.Except(newFirst.Edges.Where(e => e.Product.Slug == "aaa-new-phone")).Select(e => e.Product.Id).Take(9));
    }

    [Fact]
    public async Task AVariantWithAFewUnitsLeftIsLowStockWithItsQuantity()
    {
        await using var catalog = await FreshCatalogAsync();
        var variant = catalog.Products.First(p => p.TracksInventory).Variants[0];
        await catalog.WriteAsync(async db =>
        {
            var levels = await db.StockLevels.Where(s => s.VariantId == variant.Id).ToListAsync();
            levels[0].Adjust(levels[0].Allocated + 3, "stocktake");
            foreach (var other in levels.Skip(1))
            {
                other.Adjust(other.Allocated, "stocktake");
            }
        });

        var read = await catalog.ReadAsync(r => r.GetVariantsByIdsAsync([variant.Id]));

        Assert.Equal(new Availability(AvailabilityStatus.LowStock, 3), read[variant.Id].Availability);
    }

    public static TheoryData<string> Orders => ["NAME:ASC", "NAME:DESC", "PRICE:ASC", "PRICE:DESC", "CREATED_AT:DESC", "POPULARITY:DESC", "PRICE:ASC,NAME:DESC"];

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task PagingForwardVisitsEveryProductOnceInTheRequestedOrder(string order)
    {
        var catalog = await CatalogAsync();
        var orders = ParseOrders(order);

        var visited = await PageForwardAsync(catalog, new ProductPageRequest { Order = orders }, pageSize: 7);

        Assert.Equal(catalog.Products.Count, visited.Count);
        Assert.Equal(catalog.Products.Select(p => p.Id).Order(), visited.Select(p => p.Id).Order());
        var expectedKeys = SortLikeTheDatabase(catalog, catalog.Products, orders).Select(p => Keys(catalog, p, orders)).ToList();
        var actualKeys = visited.Select(r => Keys(catalog, catalog.Products.Single(p => p.Id == r.Id), orders)).ToList();
        Assert.Equal(expectedKeys, actualKeys);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task PagingBackwardsFromTheEndGivesTheSameListAsPagingForwards(string order)
    {
        var catalog = await CatalogAsync();
        var request = new ProductPageRequest { Order = ParseOrders(order) };
        var forwards = await PageForwardAsync(catalog, request, pageSize: 9);

        var backwards = new List<ProductRecord>();
        string? before = null;
        while (true)
        {
            var page = await catalog.ReadAsync(r => r.GetProductsAsync(request with { Last = 9, Before = before }));
            backwards.InsertRange(0, page.Edges.Select(e => e.Product));
            if (!page.HasPreviousPage)
            {
                break;
            }

            Assert.True(page.HasNextPage || before is null);
            before = page.StartCursor;
        }

        Assert.Equal(forwards.Select(p => p.Id), backwards.Select(p => p.Id));
    }

    [Fact]
    public async Task TheFirstPageSaysThereIsMoreAndTheLastSaysThereIsNot()
    {
        var catalog = await CatalogAsync();

        var first = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest()));
        var last = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 100 }));

        Assert.Equal(ProductPageRequest.DefaultPageSize, first.Edges.Count);
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);
        Assert.Equal(catalog.Products.Count, last.Edges.Count);
        Assert.False(last.HasNextPage);
        Assert.Equal(last.Edges[0].Cursor, last.StartCursor);
        Assert.Equal(last.Edges[^1].Cursor, last.EndCursor);
    }

    [Fact]
    public async Task CategoryFilterIncludesProductsOfDescendantCategories()
    {
        var catalog = await CatalogAsync();
        var ids = catalog.SelfAndDescendants("phones");

        await AssertFilterAsync(catalog, new ProductFilter { CategoryIds = ids }, p => ids.Contains(p.CategoryId));
    }

    [Fact]
    public async Task PriceRangeKeepsProductsWithAVariantInTheRange()
    {
        var catalog = await CatalogAsync();

        await AssertFilterAsync(
            catalog,
            new ProductFilter { MinPrice = 100m, MaxPrice = 500m },
            p => p.Variants.Any(v => v.Price.Amount is >= 100m and <= 500m));
        await AssertFilterAsync(catalog, new ProductFilter { MaxPrice = 50m }, p => p.Variants.Any(v => v.Price.Amount <= 50m));
    }

    [Fact]
    public async Task InStockOnlyLeavesOutProductsWhoseEveryVariantIsSoldOut()
    {
        var catalog = await CatalogAsync();
        Assert.Contains(catalog.Products, p => !catalog.IsInStock(p));

        await AssertFilterAsync(catalog, new ProductFilter { InStockOnly = true }, catalog.IsInStock);
    }

    [Fact]
    public async Task OptionFiltersMustAllHoldOnTheSameVariant()
    {
        var catalog = await CatalogAsync();
        var filter = new ProductFilter
        {
            Options = [new OptionCondition("colour", ["Midnight Black", "Black"]), new OptionCondition("Storage", ["256 GB"])],
        };

        await AssertFilterAsync(catalog, filter, p => p.Variants.Any(v =>
            v.OptionValue("Colour") is "Midnight Black" or "Black" && v.OptionValue("Storage") == "256 GB"));
    }

    [Fact]
    public async Task KindFilterSeparatesPhysicalFromDigitalGoodsAndServices()
    {
        var catalog = await CatalogAsync();

        await AssertFilterAsync(catalog, new ProductFilter { Kinds = [ProductKind.Digital, ProductKind.Service] }, p => !p.RequiresShipping);
        await AssertFilterAsync(catalog, new ProductFilter { Kinds = [ProductKind.Physical] }, p => p.RequiresShipping);
    }

    [Fact]
    public async Task AndOrCombineNestedFilters()
    {
        var catalog = await CatalogAsync();
        var audio = catalog.SelfAndDescendants("audio");
        var laptops = catalog.SelfAndDescendants("laptops");
        var filter = new ProductFilter
        {
            Or = [new ProductFilter { CategoryIds = audio }, new ProductFilter { CategoryIds = laptops }],
            And = [new ProductFilter { MaxPrice = 1000m }, new ProductFilter { InStockOnly = true }],
        };

        await AssertFilterAsync(catalog, filter, p =>
            (audio.Contains(p.CategoryId) || laptops.Contains(p.CategoryId))
            && p.Variants.Any(v => v.Price.Amount <= 1000m)
            && catalog.IsInStock(p));
    }

    [Fact]
    public async Task FiltersBeyondTheLimitsAreRefusedBeforeAnyExpressionIsBuilt()
    {
        var catalog = await CatalogAsync();
        var wide = new ProductFilter { Or = [.. Enumerable.Range(0, 100_000).Select(_ => new ProductFilter { InStockOnly = true })] };
        var deep = new ProductFilter { InStockOnly = true };
        for (var level = 0; level < 10_000; level++)
        {
            deep = new ProductFilter { And = [deep] };
        }

        foreach (var filter in new[] { wide, deep })
        {
            catalog.Counter.Reset();
            var error = await Assert.ThrowsAsync<CatalogInputException>(() =>
                catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { Filter = filter })));

            Assert.Equal(CatalogInputErrorCodes.FilterTooComplex, error.Code);
            Assert.Equal(0, catalog.Counter.Count);
        }
    }

    [Fact]
    public async Task RaisedLimitsStopAtTheCeilingAndAWideOrBelowItFindsTheRightProducts()
    {
        var catalog = await CatalogAsync();
        var real = catalog.Products.SelectMany(p => p.Variants).Select(v => v.Price.Amount).Distinct().Take(5).ToList();
        ProductFilter AnyPriceOf(IEnumerable<decimal> prices) => new() { Or = [.. prices.Select(price => new ProductFilter { MinPrice = price, MaxPrice = price })] };
        var wide = real.Concat(Enumerable.Range(1, 195).Select(i => i + 0.37m)).ToList();
        var tooWide = Enumerable.Range(1, 1_500).Select(i => i + 0.37m);
        var limits = new CatalogFilterOptions { MaxConditions = 5_000 }.Clamped();

        await using var scope = catalog.Services.CreateAsyncScope();
        var reader = new CatalogReader(scope.ServiceProvider.GetRequiredService<Headless.Infrastructure.Persistence.HeadlessDbContext>(), TimeProvider.System, limits);
        var count = await reader.CountProductsAsync(AnyPriceOf(wide), search: null);
        // As one flat OR chain of 1,500 terms SQLite refuses it ("Expression tree is too large (maximum depth 1000)").
        var error = await Assert.ThrowsAsync<CatalogInputException>(() => reader.CountProductsAsync(AnyPriceOf(tooWide), search: null));

        Assert.Equal(CatalogFilterOptions.ConditionCeiling, limits.MaxConditions);
        var expected = catalog.Products.Count(p => p.Variants.Any(v => wide.Contains(v.Price.Amount)));
        Assert.InRange(expected, 1, catalog.Products.Count - 1);
        Assert.Equal(expected, count);
        Assert.Equal(CatalogInputErrorCodes.FilterTooComplex, error.Code);
    }

    [Fact]
    public async Task FiltersOfOneShapeShareTheirSqlWhateverTheValuesAndListLengths()
    {
        var catalog = await CatalogAsync();
        ProductFilter Shape(string slug, ProductKind[] kinds, string[] values) => new()
        {
            Kinds = kinds,
            Options = [new OptionCondition("Colour", values)],
            Or = [new ProductFilter { CategoryIds = catalog.SelfAndDescendants(slug), InStockOnly = true }, new ProductFilter { MaxPrice = values.Length }],
        };

        var first = await catalog.ReadAsync(r => Task.FromResult(r.ProductPageSql(new ProductPageRequest { Filter = Shape("phones", [ProductKind.Physical], ["Black"]) })));
        var second = await catalog.ReadAsync(r => Task.FromResult(r.ProductPageSql(new ProductPageRequest
        {
            Filter = Shape("audio", [ProductKind.Digital, ProductKind.Service, ProductKind.Physical], ["Black", "White", "Blue", "Red", "Green", "Silver", "Gold"]),
        })));

        Assert.Equal(StripParameterValues(first), StripParameterValues(second));
    }

    /// <summary>ToQueryString prefixes the SQL with the parameters' values; the statement itself follows them.</summary>
    private static string StripParameterValues(string sql) =>
        string.Join("\n", sql.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal) && !line.StartsWith("-- @", StringComparison.Ordinal)));

    [Fact]
    public async Task TotalCountCountsEveryMatchWhateverThePage()
    {
        var catalog = await CatalogAsync();
        var filter = new ProductFilter { Kinds = [ProductKind.Physical] };

        var count = await catalog.ReadAsync(r => r.CountProductsAsync(filter, search: null));

        Assert.Equal(catalog.Products.Count(p => p.Kind == ProductKind.Physical), count);
    }

    [Fact]
    public async Task SearchFindsProductsByNameWithNameMatchesFirst()
    {
        var catalog = await CatalogAsync();

        var page = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { Search = "nimbus", First = 50 }));

        var expected = catalog.Products.Where(p => p.Name.Contains("Nimbus", StringComparison.OrdinalIgnoreCase)).Select(p => p.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Superset(expected, page.Edges.Select(e => e.Product.Id).ToHashSet());
        Assert.All(page.Edges.Take(expected.Count), e => Assert.Contains(e.Product.Id, expected));
    }

    [Fact]
    public async Task SearchFindsAProductBySku()
    {
        var catalog = await CatalogAsync();
        var variant = catalog.Products.SelectMany(p => p.Variants).First(v => v.Sku.StartsWith("AURORA-X2-LITE", StringComparison.Ordinal));

        var page = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { Search = variant.Sku }));

        Assert.Equal(variant.ProductId, page.Edges[0].Product.Id);
    }

    [Fact]
    public async Task SearchResultsPageByCursorWithoutRepeats()
    {
        var catalog = await CatalogAsync();
        var request = new ProductPageRequest { Search = "black" };

        var all = await catalog.ReadAsync(r => r.GetProductsAsync(request with { First = 100 }));
        var paged = await PageForwardAsync(catalog, request, pageSize: 3);

        Assert.True(all.Edges.Count > 3);
        Assert.Equal(all.Edges.Select(e => e.Product.Id), paged.Select(p => p.Id));
        Assert.Equal(all.Edges.Count, await catalog.ReadAsync(r => r.CountProductsAsync(null, request.Search)));
    }

    [Fact]
    public async Task ThePageQueryFiltersSortsAndLimitsInSqlWithoutOffset()
    {
        var catalog = await CatalogAsync();
        var first = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 5, Order = [new ProductOrder(ProductSortField.Price)] }));
        var request = new ProductPageRequest
        {
            First = 5,
            After = first.EndCursor,
            Order = [new ProductOrder(ProductSortField.Price)],
            Filter = new ProductFilter { InStockOnly = true, Kinds = [ProductKind.Physical], Options = [new OptionCondition("Colour", ["Black"])] },
        };

        var sql = await catalog.ReadAsync(r => Task.FromResult(r.ProductPageSql(request)));

        Assert.Contains("WHERE", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ORDER BY", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("variant_options", sql, StringComparison.Ordinal);
        Assert.Contains("stock_levels", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APageAndEveryHopOfItTakeFourStatementsWhateverThePageSize()
    {
        var catalog = await CatalogAsync();

        foreach (var size in new[] { 5, 50 })
        {
            catalog.Counter.Reset();
            await catalog.ReadAsync(async r =>
            {
                var page = await r.GetProductsAsync(new ProductPageRequest { First = size });
                var ids = page.Edges.Select(e => e.Product.Id).ToList();
                var variants = await r.GetVariantsByProductIdsAsync(ids);
                var images = await r.GetImagesByProductIdsAsync(ids);
                var tree = await r.GetCategoryTreeAsync();
                Assert.All(page.Edges, e => Assert.NotEmpty(variants[e.Product.Id]));
                Assert.All(page.Edges, e => Assert.NotEmpty(images[e.Product.Id]));
                Assert.All(page.Edges, e => Assert.NotNull(tree.ById(e.Product.CategoryId)));
                return size;
            });

            Assert.Equal(4, catalog.Counter.Count);
        }
    }

    [Fact]
    public async Task VariantsCarryOptionsPricesAndStockSummedOverLocations()
    {
        var catalog = await CatalogAsync();
        var productIds = catalog.Products.Select(p => p.Id).ToList();

        var variants = await catalog.ReadAsync(r => r.GetVariantsByProductIdsAsync(productIds));

        foreach (var product in catalog.Products)
        {
            var read = variants[product.Id].ToList();
            Assert.Equal(product.Variants.Select(v => v.Sku), read.Select(v => v.Sku));
            foreach (var (expected, actual) in product.Variants.Zip(read))
            {
                Assert.Equal(expected.Price, actual.Price);
                Assert.Equal(expected.CompareAtPrice, actual.CompareAtPrice);
                Assert.Equal(expected.Options.Select(o => (o.Name, o.Value)), actual.Options.Select(o => (o.Name, o.Value)));
                Assert.Equal(product.TracksInventory ? catalog.AvailableByVariant.GetValueOrDefault(expected.Id) : null, actual.Available);
            }
        }

        var all = variants.SelectMany(g => g).ToList();
        Assert.Contains(all, v => v.Availability.Status == AvailabilityStatus.OutOfStock);
        Assert.Contains(all, v => v.Availability is { Status: AvailabilityStatus.InStock, Quantity: null });
    }

    [Fact]
    public async Task VariantsAreFoundByIdAndBySkuAndProductsBySlug()
    {
        var catalog = await CatalogAsync();
        var product = catalog.Products.First(p => p.Variants.Count > 1);
        var variant = product.Variants[1];

        var byId = await catalog.ReadAsync(r => r.GetVariantsByIdsAsync([variant.Id, Guid.NewGuid()]));
        var bySku = await catalog.ReadAsync(r => r.GetVariantsBySkusAsync([variant.Sku, "NO-SUCH-SKU"]));
        var bySlug = await catalog.ReadAsync(r => r.GetProductsBySlugsAsync([product.Slug, "no-such-product"]));

        Assert.Equal(variant.Sku, Assert.Single(byId).Value.Sku);
        Assert.Equal(variant.Id, Assert.Single(bySku).Value.Id);
        Assert.Equal(product.Id, Assert.Single(bySlug).Value.Id);
    }

    [Fact]
    public async Task TheCategoryTreeCountsProductsBelowEachCategory()
    {
        var catalog = await CatalogAsync();

        var tree = await catalog.ReadAsync(r => r.GetCategoryTreeAsync());

        Assert.Equal(catalog.Categories.Where(c => c.ParentId is null).OrderBy(c => c.Position).Select(c => c.Slug), tree.Roots.Select(c => c.Slug));
        foreach (var category in catalog.Categories)
        {
            var ids = catalog.SelfAndDescendants(category.Slug);
            Assert.Equal(catalog.Products.Count(p => ids.Contains(p.CategoryId)), tree.ProductCount(category.Id));
        }

        var smartphones = tree.BySlug("smartphones")!;
        Assert.Equal(["phones"], tree.Ancestors(smartphones.Id).Select(c => c.Slug));
    }

    [Fact]
    public async Task ImagesAndAttributesComeInDisplayOrder()
    {
        var catalog = await CatalogAsync();
        var ids = catalog.Products.Select(p => p.Id).ToList();

        var images = await catalog.ReadAsync(r => r.GetImagesByProductIdsAsync(ids));
        var attributes = await catalog.ReadAsync(r => r.GetAttributesByProductIdsAsync(ids));

        foreach (var product in catalog.Products)
        {
            Assert.Equal(product.Images.Select(i => (i.Url, i.AltText)), images[product.Id].Select(i => (i.Url, i.AltText)));
            Assert.Equal(product.Attributes.Select(a => (a.Name, a.Value)), attributes[product.Id].Select(a => (a.Name, a.Value)));
        }
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("WyJOQU1FOkFTQyJd")]
    [InlineData("")]
    public async Task AMalformedCursorIsInvalidCursor(string cursor)
    {
        var catalog = await CatalogAsync();

        var error = await Assert.ThrowsAsync<CatalogInputException>(() =>
            catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { After = cursor })));

        Assert.Equal(CatalogInputErrorCodes.InvalidCursor, error.Code);
    }

    [Fact]
    public async Task ACursorFromAnotherOrderIsInvalidCursor()
    {
        var catalog = await CatalogAsync();
        var byName = await catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = 2 }));

        var error = await Assert.ThrowsAsync<CatalogInputException>(() => catalog.ReadAsync(r => r.GetProductsAsync(
            new ProductPageRequest { After = byName.EndCursor, Order = [new ProductOrder(ProductSortField.Price)] })));

        Assert.Equal(CatalogInputErrorCodes.InvalidCursor, error.Code);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(101, null)]
    [InlineData(-1, null)]
    [InlineData(null, 101)]
    public async Task BadPageSizesAreInvalidPagination(int? first, int? last)
    {
        var catalog = await CatalogAsync();

        var error = await Assert.ThrowsAsync<CatalogInputException>(() =>
            catalog.ReadAsync(r => r.GetProductsAsync(new ProductPageRequest { First = first, Last = last })));

        Assert.Equal(CatalogInputErrorCodes.InvalidPagination, error.Code);
    }

    [Fact]
    public async Task OrderingByRelevanceNeedsASearch()
    {
        var catalog = await CatalogAsync();

        var error = await Assert.ThrowsAsync<CatalogInputException>(() => catalog.ReadAsync(r => r.GetProductsAsync(
            new ProductPageRequest { Order = [new ProductOrder(ProductSortField.Relevance)] })));

        Assert.Equal(CatalogInputErrorCodes.InvalidArgument, error.Code);
    }

    protected static async Task<List<ProductRecord>> PageForwardAsync(SeededCatalog catalog, ProductPageRequest request, int pageSize)
    {
        var all = new List<ProductRecord>();
        string? after = null;
        for (var pages = 0; pages < 200; pages++)
        {
            var page = await catalog.ReadAsync(r => r.GetProductsAsync(request with { First = pageSize, After = after }));
            Assert.True(page.Edges.Count <= pageSize);
            all.AddRange(page.Edges.Select(e => e.Product));
            if (!page.HasNextPage)
            {
                return all;
            }

            after = page.EndCursor;
        }

        throw new InvalidOperationException("Paging did not end.");
    }

    private async Task AssertFilterAsync(SeededCatalog catalog, ProductFilter filter, Func<Product, bool> expected)
    {
        var matching = catalog.Products.Where(expected).Select(p => p.Id).Order().ToList();
        Assert.NotEmpty(matching);
        Assert.NotEqual(catalog.Products.Count, matching.Count);

        var read = await PageForwardAsync(catalog, new ProductPageRequest { Filter = filter }, pageSize: 10);

        Assert.Equal(matching, read.Select(p => p.Id).Order());
    }

    private static List<ProductOrder> ParseOrders(string text) =>
    [
        .. text.Split(',').Select(part => part.Split(':')).Select(p => new ProductOrder(
            p[0] switch
            {
                "NAME" => ProductSortField.Name,
                "PRICE" => ProductSortField.Price,
                "CREATED_AT" => ProductSortField.CreatedAt,
                "POPULARITY" => ProductSortField.Popularity,
                _ => throw new ArgumentException(p[0]),
            },
            p[1] == "DESC")),
    ];

    /// <summary>The sort key values of a product (ids excluded: tie order between equal keys is the database's own).</summary>
    private static string Keys(SeededCatalog catalog, Product product, IReadOnlyList<ProductOrder> orders) =>
        string.Join(" | ", orders.Select(o => o.Field switch
        {
            ProductSortField.Name => product.Name,
            ProductSortField.Price => catalog.LowestPrice(product).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ProductSortField.CreatedAt => product.CreatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProductSortField.Popularity => product.PopularityScore.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(orders)),
        }));

    private static IEnumerable<Product> SortLikeTheDatabase(SeededCatalog catalog, IEnumerable<Product> products, IReadOnlyList<ProductOrder> orders)
    {
        IOrderedEnumerable<Product>? sorted = null;
        foreach (var order in orders)
        {
            Func<Product, object> key = order.Field switch
            {
                ProductSortField.Name => p => p.Name,
                ProductSortField.Price => p => catalog.LowestPrice(p),
                ProductSortField.CreatedAt => p => p.CreatedAt,
                ProductSortField.Popularity => p => p.PopularityScore,
                _ => throw new ArgumentOutOfRangeException(nameof(orders)),
            };
            var comparer = Comparer<object>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : Comparer<object>.Default.Compare(a, b));
            sorted = (sorted, order.Descending) switch
            {
                (null, false) => products.OrderBy(key, comparer),
                (null, true) => products.OrderByDescending(key, comparer),
                (_, false) => sorted.ThenBy(key, comparer),
                (_, true) => sorted.ThenByDescending(key, comparer),
            };
        }

        return sorted!;
    }

}
