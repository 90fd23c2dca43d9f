using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Domain.Identity;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.Catalog;

/// <summary>
/// Two hosts sharing PostgreSQL and a real Redis, each with the catalog cache in its own memory: instance A (in this
/// process) runs the admin mutations, instance B (a server process) answers the storefront, having cached the old
/// values first. Only the cache invalidation through Redis can make B show the change.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class CatalogAdminTwoInstanceTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(1);

    private readonly RedisServer _redis = new();
    private HeadlessApiFactory? _a;
    private ApiServerProcess? _b;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_redis).InitializeAsync();
        var connectionString = await postgres.CreateDatabaseAsync("catalog_admin_two");
        _a = new HeadlessApiFactory(_redis.Configuration, new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Headless"] = connectionString,
            ["Catalog:Cache:Duration"] = "00:05:00",
        });
        _a.CreateClient().Dispose(); // migrates and seeds before B starts
        _b = await ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Headless"] = connectionString,
            ["Redis__Configuration"] = _redis.Configuration,
            // Long enough that only an invalidation, never an expiry, can explain a fresh value below.
            ["Catalog__Cache__Duration"] = "00:05:00",
        });
    }

    public async Task DisposeAsync()
    {
        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        await ((IAsyncLifetime)_redis).DisposeAsync();
    }

    [Fact]
    public async Task AProductCreatedAndRepricedOnOneInstanceShowsOnTheOtherWithinASecond()
    {
        var admin = _a!.CreateClient();
        using var storefront = _b!.CreateClient();
        var email = $"catalog-{Guid.NewGuid():N}@shop.test";
        var token = await admin.StaffTokenAsync(email, await _a.CreateStaffAsync(email, StaffRole.Catalog));
        var (_, category) = await admin.AdminAsync("mutation { createCategory(input: { slug: \"two-instances\", name: \"Two\" }) { category { id } errors { code } } }", bearer: token);
        var categoryId = (string)category["data"]!["createCategory"]!["category"]!["id"]!;

        // B has looked the slug up (and cached that there is no such product) and read the category tree.
        Assert.Null(await ProductAsync(storefront, "shared-lamp"));
        var (_, created) = await admin.AdminAsync(
            "mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { variants { id } } errors { code } } }",
            new { input = new { slug = "shared-lamp", name = "Shared Lamp", categoryId, published = true, variants = new[] { new { sku = "SHARED-LAMP", price = new { amount = "20.00", currency = "EUR" } } } } },
            bearer: token);
        var variantId = (string)created["data"]!["createProduct"]!["product"]!["variants"]![0]!["id"]!;
        var seen = await WithinAsync(storefront, p => p is not null);
        Assert.Equal("20.00", (string?)seen!["variants"]![0]!["price"]!["amount"]);

        await admin.AdminAsync(
            "mutation ($input: SetVariantPriceInput!) { setVariantPrice(input: $input) { errors { code } } }",
            new { input = new { variantId, price = new { amount = "17.50", currency = "EUR" } } },
            bearer: token);
        seen = await WithinAsync(storefront, p => (string?)p?["variants"]![0]!["price"]!["amount"] == "17.50");
        Assert.Equal("17.50", (string?)seen!["variants"]![0]!["price"]!["amount"]);
    }

    private static async Task<JsonNode?> WithinAsync(HttpClient client, Func<JsonNode?, bool> done)
    {
        var clock = Stopwatch.StartNew();
        var product = await ProductAsync(client, "shared-lamp");
        while (!done(product) && clock.Elapsed < Visible)
        {
            await Task.Delay(20);
            product = await ProductAsync(client, "shared-lamp");
        }

        return product;
    }

    private static async Task<JsonNode?> ProductAsync(HttpClient client, string slug)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query ($slug: String!) { product(slug: $slug) { name variants { price { amount } } } }", variables = new { slug } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]!["product"];
    }
}
