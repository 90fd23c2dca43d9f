using System.Net.Http.Headers;
using Headless.Api.Storefront.ResponseCaching;
using Headless.Domain.Common;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// Whole answers to anonymous catalog reads come from memory while the catalog entries they read are unchanged; a
/// stock change retires the answers that read that variant's stock (and only those), a product change retires all.
/// Stock entries live a minute here, so only an invalidation, never an expiry, explains a fresh answer.
/// </summary>
public sealed class ResponseCacheTests(ResponseCacheTests.Database database) : IClassFixture<ResponseCacheTests.Database>
{
    private const string Availability = """
        query($id: ID!) { node(id: $id) { ... on ProductVariant { sku price { amount } availability { quantity } } } }
        """;

    private const string Page = "{ products(first: 3) { nodes { slug name } } }";

    private HeadlessMetrics Metrics => database.Factory.Services.GetRequiredService<HeadlessMetrics>();

    [Fact]
    public async Task ARepeatedAnonymousCatalogReadIsAnsweredFromMemoryWithTheSameBytes()
    {
        using var client = database.Factory.CreateClient();
        var query = $"{{ products(first: 2, search: \"{Guid.NewGuid():N}\") {{ totalCount }} }}";
        var first = await PostRawAsync(client, query);
        var hits = Hits();

        var second = await PostRawAsync(client, query);

        Assert.Equal(first, second);
        Assert.Equal(hits + 1, Hits());
    }

    [Fact]
    public async Task SpacingCommentsAndGetOrPostDoNotMatterToTheKey()
    {
        using var client = database.Factory.CreateClient();
        var marker = Guid.NewGuid().ToString("N");
        await PostRawAsync(client, $"{{ products(first: 1, search: \"{marker}\") {{ totalCount }} }}");
        var hits = Hits();

        await PostRawAsync(client, $"# a comment\n{{\n  products(first: 1,, search: \"{marker}\")\n  {{ totalCount }}\n}}");
        using var get = await client.GetAsync($"/graphql?query={Uri.EscapeDataString($"{{products(first:1 search:\"{marker}\"){{totalCount}}}}")}");
        get.EnsureSuccessStatusCode();

        Assert.Equal(hits + 2, Hits());
        Assert.True(get.Headers.CacheControl!.Public, "an answer from memory is as public for HTTP caching as an executed one");
    }

    [Theory]
    [InlineData("Authorization", "Bearer abc")]
    [InlineData("X-Api-Key", "key_123")]
    [InlineData("Cookie", "session=1")]
    public async Task ARequestWithCredentialsNeverLooksInTheCache(string header, string value)
    {
        using var client = database.Factory.CreateClient();
        await PostRawAsync(client, Page);
        var (hits, misses) = (Hits(), Misses());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(Page) };
        request.Headers.TryAddWithoutValidation(header, value);
        using var _ = await client.SendAsync(request);

        Assert.Equal((hits, misses), (Hits(), Misses()));
    }

    [Fact]
    public async Task AnAnswerThatTouchesACartIsNeverStored()
    {
        using var client = database.Factory.CreateClient();
        var query = "{ products(first: 1) { nodes { slug } } cart(id: \"no-such-cart\") { id } }";
        await PostRawAsync(client, query);
        var hits = Hits();

        await PostRawAsync(client, query);

        Assert.Equal(hits, Hits());
    }

    [Fact]
    public async Task AStockChangeRetiresTheAnswersThatReadItsStockAndNoOther()
    {
        using var client = database.Factory.CreateClient();
        var (variantId, _, _) = await PhysicalVariantAsync(client, 3, skip: 1);
        var (otherId, _, _) = await PhysicalVariantAsync(client, 3, skip: 4);
        var available = await AvailableAsync(client, variantId);
        var otherAvailable = await AvailableAsync(client, otherId);
        Assert.Equal(available, await AvailableAsync(client, variantId));

        var cart = await CreateCartAsync(client, new { lines = new[] { new { variantId, quantity = 2 } } });
        Assert.Empty(cart["errors"]!.AsArray());

        var hits = Hits();
        Assert.Equal(available - 2, await AvailableAsync(client, variantId));
        Assert.Equal(hits, Hits());
        Assert.Equal(otherAvailable, await AvailableAsync(client, otherId));
        Assert.Equal(hits + 1, Hits());
    }

    [Fact]
    public async Task APriceChangeReportedByItsWriterRetiresTheAnswer()
    {
        using var client = database.Factory.CreateClient();
        var (variantId, price, _) = await PhysicalVariantAsync(client, 1, skip: 2);
        Assert.Equal(price, await PriceAsync(client, variantId));
        Assert.Equal(price, await PriceAsync(client, variantId));

        var id = GlobalIdOf(variantId);
        await using (var scope = database.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var productId = await db.ProductVariants.Where(v => v.Id == id).Select(v => v.ProductId).SingleAsync();
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == productId);
            var variant = product.Variants.Single(v => v.Id == id);
            product.ChangeVariantPrice(id, new Money(price + 1.25m, variant.Price.Currency));
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<CatalogCache>().ProductChangedAsync(
                product.Id, [product.Slug], product.Variants.Select(v => v.Id), product.Variants.Select(v => v.Sku));
        }

        Assert.Equal(price + 1.25m, await PriceAsync(client, variantId));
    }

    [Fact]
    public async Task TheCacheCanBeTurnedOff()
    {
        await using var factory = new StorefrontApiFactory("Sqlite", database.ConnectionString, new Dictionary<string, string> { ["Storefront:ResponseCache:Enabled"] = "false" });
        using var client = factory.CreateClient();
        var metrics = factory.Services.GetRequiredService<HeadlessMetrics>();

        await PostRawAsync(client, Page);
        await PostRawAsync(client, Page);

        Assert.Equal(0, metrics.CacheLookups(ResponseCacheMiddleware.MetricName, hit: true) + metrics.CacheLookups(ResponseCacheMiddleware.MetricName, hit: false));
    }

    private long Hits() => Metrics.CacheLookups(ResponseCacheMiddleware.MetricName, hit: true);

    private long Misses() => Metrics.CacheLookups(ResponseCacheMiddleware.MetricName, hit: false);

    private static Guid GlobalIdOf(string id) => Headless.Api.Storefront.GlobalId.Decode(id, "ProductVariant");

    private static StringContent Json(string query) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query }), new MediaTypeHeaderValue("application/json"));

    private static async Task<string> PostRawAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsync("/graphql", Json(query));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return body;
    }

    private static async Task<int> AvailableAsync(HttpClient client, string variantId) =>
        (await client.DataAsync(Availability, new { id = variantId }))["node"]!["availability"]!["quantity"]!.GetValue<int>();

    private static async Task<decimal> PriceAsync(HttpClient client, string variantId) =>
        decimal.Parse((await client.DataAsync(Availability, new { id = variantId }))["node"]!["price"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A seeded SQLite storefront whose stock entries outlive every test.</summary>
    public sealed class Database() : SqliteStorefront(new Dictionary<string, string> { ["Catalog:Cache:StockDuration"] = "00:01:00" });
}
