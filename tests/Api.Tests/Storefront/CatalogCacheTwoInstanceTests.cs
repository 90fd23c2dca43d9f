using System.Diagnostics;
using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// Two real API processes sharing PostgreSQL and Redis, each with the catalog in its own memory: a stock change made
/// through one instance is seen by the other within a second (the backplane removes the entry everywhere).
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class CatalogCacheTwoInstanceTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(1);

    private const string Availability = """
        query($id: ID!) { node(id: $id) { ... on ProductVariant { availability { quantity } } } }
        """;

    private readonly RedisServer _redis = new();
    private ApiServerProcess? _a;
    private ApiServerProcess? _b;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_redis).InitializeAsync();
        var connectionString = await postgres.CreateDatabaseAsync("catalog_cache");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Headless"] = connectionString,
            ["Redis__Configuration"] = _redis.Configuration,
            // Long enough that only an invalidation, never an expiry, can explain a fresh number below.
            ["Catalog__Cache__StockDuration"] = "00:01:00",
        };
        _a = await ApiServerProcess.StartAsync(environment);
        _b = await ApiServerProcess.StartAsync(environment);
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
    public async Task StockReservedThroughOneInstanceIsVisibleOnTheOtherWithinASecond()
    {
        using var clientA = _a!.CreateClient();
        using var clientB = _b!.CreateClient();
        var (variantId, _, available) = await PhysicalVariantAsync(clientB, 3);

        // Both instances have read (and cached) the number.
        Assert.Equal(available, await AvailableAsync(clientA, variantId));
        Assert.Equal(available, await AvailableAsync(clientA, variantId));
        Assert.Equal(available, await AvailableAsync(clientB, variantId));

        var cart = await CreateCartAsync(clientB, new { lines = new[] { new { variantId, quantity = 2 } } });
        Assert.Empty(cart["errors"]!.AsArray());

        var clock = Stopwatch.StartNew();
        var seen = await AvailableAsync(clientA, variantId);
        while (seen != available - 2 && clock.Elapsed < Visible)
        {
            await Task.Delay(20);
            seen = await AvailableAsync(clientA, variantId);
        }

        Assert.Equal(available - 2, seen);
        Assert.Equal(available - 2, await AvailableAsync(clientB, variantId));
    }

    private static async Task<int> AvailableAsync(HttpClient client, string variantId) =>
        (await client.DataAsync(Availability, new { id = variantId }))["node"]!["availability"]!["quantity"]!.GetValue<int>();
}
