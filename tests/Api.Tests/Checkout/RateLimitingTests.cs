using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>Per-address limits on storefront writes (RateLimiting:*), through POST /graphql.</summary>
public sealed class RateLimitingTests
{
    private static readonly Dictionary<string, string> ThreeCartsPerWindow = new()
    {
        ["RateLimiting:CartCreation:PermitLimit"] = "3",
        ["RateLimiting:CartCreation:Window"] = "00:10:00",
    };

    [Fact]
    public async Task CreatingMoreCartsThanTheWindowAllowsIsRateLimitedWith429AndRetryAfter()
    {
        await using var api = new HeadlessApiFactory(settings: ThreeCartsPerWindow);
        using var client = api.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            AssertNoErrors(await CreateCartAsync(client));
        }

        using var refused = await client.PostAsJsonAsync("/graphql", new { query = Operation("CreateCart"), variables = new { input = (object?)null } });
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        var catalog = await client.DataAsync("{ products(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {refused.Headers.RetryAfter}");
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.True(error["extensions"]!["retryAfter"]!.GetValue<int>() >= 1);
        Assert.NotEmpty(error["locations"]!.AsArray());
        Assert.Null(body["data"]);
        Assert.True(catalog["products"]!["totalCount"]!.GetValue<int>() > 0, "Queries are not limited.");
    }

    [Fact]
    public async Task WithRateLimitingDisabledTheSameCartsAreAllCreated()
    {
        await using var api = new HeadlessApiFactory(settings: new Dictionary<string, string>(ThreeCartsPerWindow) { ["RateLimiting:Enabled"] = "false" });
        using var client = api.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            AssertNoErrors(await CreateCartAsync(client));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BehindATrustedProxyEachForwardedClientHasItsOwnLimitAndOtherwiseTheHeaderIsIgnored(bool forwardedHeaders)
    {
        await using var api = new HeadlessApiFactory(settings: new Dictionary<string, string>
        {
            ["RateLimiting:CartCreation:PermitLimit"] = "1",
            ["RateLimiting:CartCreation:Window"] = "00:10:00",
            ["ForwardedHeaders:Enabled"] = forwardedHeaders ? "true" : "false",
        });
        // Through a real socket: the proxy check needs the connection's loopback peer address.
        using var client = api.CreateKestrelClient();

        var first = await CreateCartFromAsync(client, "198.51.100.1");
        var other = await CreateCartFromAsync(client, "198.51.100.2");
        var again = await CreateCartFromAsync(client, "198.51.100.1");

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(forwardedHeaders ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, other);
        Assert.Equal(HttpStatusCode.TooManyRequests, again);
    }

    private static async Task<HttpStatusCode> CreateCartFromAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Operation("CreateCart"), variables = new { input = (object?)null } }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
