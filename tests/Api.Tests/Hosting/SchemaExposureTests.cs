using System.Net;
using Headless.Api.Storefront;

namespace Headless.Api.Tests.Hosting;

/// <summary>
/// With the shipped appsettings, a production deployment keeps its schema to itself: no introspection, no
/// "Did you mean …?" hints, no SDL download and no GraphiQL, each switched on explicitly when wanted.
/// </summary>
public sealed class SchemaExposureTests
{
    private const string Introspection = "{ __schema { queryType { name } } }";
    private const string Misspelt = "{ prodcts(first: 1) { totalCount } }";

    [Fact]
    public async Task ProductionRefusesIntrospectionHintsAndTheSchemaDocumentByDefault()
    {
        await using var api = new HeadlessApiFactory(environment: "Production");
        using var client = api.CreateClient();

        var (_, introspection) = await client.PostGraphQLAsync(Introspection);
        var (_, misspelt) = await client.PostGraphQLAsync(Misspelt);
        using var sdl = await client.GetAsync("/graphql/schema.graphql");

        Assert.Equal("INTROSPECTION_DISABLED", introspection.FirstErrorCode());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", misspelt.FirstErrorCode());
        Assert.DoesNotContain("Did you mean", misspelt.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
        Assert.DoesNotContain("type Query", await sdl.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DevelopmentIntrospectsSuggestsAndServesTheSchemaDocument()
    {
        await using var api = new HeadlessApiFactory(environment: "Development");
        using var client = api.CreateClient();

        var (_, introspection) = await client.PostGraphQLAsync(Introspection);
        var (_, misspelt) = await client.PostGraphQLAsync(Misspelt);
        var sdl = await client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal("Query", (string?)introspection["data"]!["__schema"]!["queryType"]!["name"]);
        Assert.Contains("Did you mean \\u0022products\\u0022", misspelt.ToJsonString());
        Assert.Contains("type Query", sdl);
    }

    [Fact]
    public async Task ProductionPublishesTheSchemaDocumentWhenIntrospectionIsTurnedOn()
    {
        await using var api = new HeadlessApiFactory(environment: "Production", settings: new Dictionary<string, string>
        {
            ["GraphQL:Introspection:Production"] = "On",
        });
        using var client = api.CreateClient();

        var sdl = await client.GetStringAsync("/graphql/schema.graphql");

        Assert.Contains("type Query", sdl);
    }

    [Fact]
    public async Task ProductionServesNoGraphiQLUnlessEnabled()
    {
        await using var api = new HeadlessApiFactory(environment: "Production");
        using var client = api.CreateClient();

        using var page = await client.GetWithAcceptAsync("/graphql", ApiRequests.BrowserAccept);
        using var script = await client.GetWithAcceptAsync("/graphql/graphiql/graphiql.js", "*/*");

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public async Task EnabledGraphiQLOpensWithAWorkingExampleUnderAStrictContentSecurityPolicy()
    {
        await using var api = new HeadlessApiFactory(environment: "Production", settings: new Dictionary<string, string>
        {
            ["GraphQL:Ide:Enabled"] = "true",
        });
        using var client = api.CreateClient();

        using var page = await client.GetWithAcceptAsync("/graphql", ApiRequests.BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var (status, example) = await client.PostGraphQLAsync(GraphiQLExample.Query);

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-default-query=\"# The Headless storefront API.", html);
        Assert.Contains("query FirstProducts {", html);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(example["errors"]);
        Assert.Equal(3, example["data"]!["products"]!["nodes"]!.AsArray().Count);
    }
}
