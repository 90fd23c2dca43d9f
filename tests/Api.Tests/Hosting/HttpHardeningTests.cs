using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Hosting;

public sealed class HttpHardeningTests
{
    [Fact]
    public async Task TheBareAddressPointsToGraphQLTheSchemaAndHealth()
    {
        await using var api = new HeadlessApiFactory();
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/graphql", (string?)body["graphql"]);
        Assert.Equal("/graphql/schema.graphql", (string?)body["schema"]);
        Assert.Equal("/health/ready", (string?)body["health"]!["ready"]);
        Assert.Equal("/health/live", (string?)body["health"]!["live"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health/live")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    public async Task EveryResponseCarriesSecurityHeaders(string path)
    {
        await using var api = new HeadlessApiFactory(environment: "Production");
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task NoOtherOriginMayCallTheApiUnlessConfigured()
    {
        await using var closed = new HeadlessApiFactory();
        await using var open = new HeadlessApiFactory(settings: new Dictionary<string, string>
        {
            ["Cors:AllowedOrigins:0"] = "https://shop.example",
        });

        using var refused = await PreflightAsync(closed, "https://shop.example");
        using var allowed = await PreflightAsync(open, "https://shop.example");
        using var stranger = await PreflightAsync(open, "https://evil.example");

        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://shop.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task HttpsResponsesOutsideDevelopmentCarryHsts()
    {
        await using var api = new HeadlessApiFactory(environment: "Production");
        using var https = api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://api.shop.example") });

        using var response = await https.GetAsync("/health/live");

        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HeadlessApiFactory api, string origin)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? values.Single() : null;
}
