using System.Net;
using System.Net.Http.Headers;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// HTTP caching of GraphQL answers: anonymous catalog reads by GET are public with a strong ETag and revalidate to
/// 304; anything with credentials, carts or orders, and every POST, is never stored.
/// </summary>
public sealed class HttpCachingTests(SqliteStorefront database) : IClassFixture<SqliteStorefront>
{
    private const string Catalog = "{ products(first: 2) { nodes { slug name variants { sku price { amount } } } } }";

    [Fact]
    public async Task AnAnonymousCatalogGetIsPublicForAShortTimeWithAStrongETag()
    {
        using var client = database.Factory.CreateClient();

        using var response = await client.GetAsync(Url(Catalog));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Contains("slug", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IfNoneMatchWithTheCurrentETagAnswers304WithoutABody()
    {
        using var client = database.Factory.CreateClient();
        using var first = await client.GetAsync(Url(Catalog));
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, Url(Catalog));
        request.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, Url(Catalog));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var full = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer abc")]
    [InlineData("X-Api-Key", "key_123")]
    [InlineData("Cookie", "session=1")]
    public async Task AGetWithCredentialsIsNeverStored(string header, string value)
    {
        using var client = database.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(Catalog));
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        AssertNotStored(response);
    }

    [Theory]
    [InlineData("{ cart(id: \"no-such-cart\") { id } }")]
    [InlineData("{ products(first: 1) { nodes { slug } } cart(id: \"no-such-cart\") { id } }")]
    [InlineData("{ ...Personal } fragment Personal on Query { order(id: \"T3JkZXI6MQ==\", token: \"t\") { id } }")]
    public async Task AGetThatTouchesCartsOrOrdersIsNeverStored(string query)
    {
        using var client = database.Factory.CreateClient();

        using var response = await client.GetAsync(Url(query));

        AssertNotStored(response);
    }

    [Fact]
    public async Task APostIsNeverStoredEvenForTheCatalog()
    {
        using var client = database.Factory.CreateClient();

        using var response = await client.PostAsync("/graphql", new StringContent($$"""{"query":"{{Catalog.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""", null, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotStored(response);
    }

    private static string Url(string query) => "/graphql?query=" + Uri.EscapeDataString(query);

    private static void AssertNotStored(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl!.NoStore, response.Headers.CacheControl.ToString());
        Assert.True(response.Headers.CacheControl.Private);
        Assert.False(response.Headers.CacheControl.Public);
        Assert.Null(response.Headers.ETag);
    }
}
