using System.Diagnostics;
using Headless.Api.Storefront;
using Headless.Api.Storefront.ResponseCaching;
using Headless.Domain.Common;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Telemetry;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// Two hosts on one PostgreSQL and one Redis, each keeping whole answers in its own memory: a stock or price change
/// made through one is seen on the other within a second, although the other had been answering from memory
/// (stock entries live a minute, so only the invalidation through the backplane explains it).
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class ResponseCacheTwoInstanceTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(1);

    private const string Variant = """
        query($id: ID!) { node(id: $id) { ... on ProductVariant { price { amount } availability { quantity } } } }
        """;

    private readonly RedisServer _redis = new();
    private StorefrontApiFactory? _a;
    private StorefrontApiFactory? _b;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_redis).InitializeAsync();
        var connectionString = await postgres.CreateDatabaseAsync("response_cache");
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = _redis.Configuration,
            ["Catalog:Cache:StockDuration"] = "00:01:00",
        };
        _a = new StorefrontApiFactory("Postgres", connectionString, settings);
        _a.CreateClient().Dispose(); // migrate and seed before the second starts
        _b = new StorefrontApiFactory("Postgres", connectionString, settings);
        _b.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await ((IAsyncLifetime)_redis).DisposeAsync();
    }

    [Fact]
    public async Task StockReservedOnOneInstanceRetiresTheOthersStoredAnswerWithinASecond()
    {
        using var clientA = _a!.CreateClient();
        using var clientB = _b!.CreateClient();
        var (variantId, _, available) = await PhysicalVariantAsync(clientA, 3);
        Assert.Equal(available, await AvailableAsync(clientB, variantId));
        var hits = Hits(_b);
        Assert.Equal(available, await AvailableAsync(clientB, variantId));
        Assert.Equal(hits + 1, Hits(_b));

        var cart = await CreateCartAsync(clientA, new { lines = new[] { new { variantId, quantity = 2 } } });
        Assert.Empty(cart["errors"]!.AsArray());

        Assert.Equal(available - 2, await EventuallyAsync(() => AvailableAsync(clientB, variantId), available - 2));
    }

    [Fact]
    public async Task APriceChangedOnOneInstanceRetiresTheOthersStoredAnswerWithinASecond()
    {
        using var clientA = _a!.CreateClient();
        using var clientB = _b!.CreateClient();
        var (variantId, price, _) = await PhysicalVariantAsync(clientA, 1, skip: 3);
        Assert.Equal(price, await PriceAsync(clientB, variantId));
        var hits = Hits(_b);
        Assert.Equal(price, await PriceAsync(clientB, variantId));
        Assert.Equal(hits + 1, Hits(_b));

        var id = GlobalId.Decode(variantId, "ProductVariant");
        await using (var scope = _a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var productId = await db.ProductVariants.Where(v => v.Id == id).Select(v => v.ProductId).SingleAsync();
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == productId);
            product.ChangeVariantPrice(id, new Money(price + 2m, product.Variants.Single(v => v.Id == id).Price.Currency));
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<CatalogCache>().ProductChangedAsync(
                product.Id, [product.Slug], product.Variants.Select(v => v.Id), product.Variants.Select(v => v.Sku));
        }

        Assert.Equal(price + 2m, await EventuallyAsync(() => PriceAsync(clientB, variantId), price + 2m));
    }

    private static long Hits(StorefrontApiFactory factory) =>
        factory.Services.GetRequiredService<HeadlessMetrics>().CacheLookups(ResponseCacheMiddleware.MetricName, hit: true);

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, T expected)
    {
        var clock = Stopwatch.StartNew();
        var seen = await read();
        while (!Equals(seen, expected) && clock.Elapsed < Visible)
        {
            await Task.Delay(20);
            seen = await read();
        }

        return seen;
    }

    private static async Task<int> AvailableAsync(HttpClient client, string variantId) =>
        (await client.DataAsync(Variant, new { id = variantId }))["node"]!["availability"]!["quantity"]!.GetValue<int>();

    private static async Task<decimal> PriceAsync(HttpClient client, string variantId) =>
        decimal.Parse((await client.DataAsync(Variant, new { id = variantId }))["node"]!["price"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
