using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Tests.Support;
using Headless.GraphQL.Transport.Limits;

namespace Headless.GraphQL.Tests.Transport.Limits;

public sealed class GraphiQLTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task BrowserOpeningTheEndpointGetsGraphiQLWithItsBundleServedLocally()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.Ide.Enabled = true);

        var page = await GetAsync(server, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var script = await GetAsync(server, "/graphql/graphiql/graphiql.js", "*/*");
        var styles = await GetAsync(server, "/graphql/graphiql/graphiql.css", "*/*");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.Contains("<script src=\"/graphql/graphiql/graphiql.js\"></script>", html);
        Assert.DoesNotContain("https://", html);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphiql-container", await script.Content.ReadAsStringAsync());
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.True(styles.Content.Headers.ContentLength > 10_000);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(server, "/graphql/graphiql/secrets.txt", "*/*")).StatusCode);
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task GraphQLClientsStillGetJsonFromGet(string accept)
    {
        await using var server = await LimitsTestServer.StartAsync(_ => { });

        var response = await GetAsync(server, "/graphql?query=" + Uri.EscapeDataString("{ shop { name } }"), accept);

        Assert.Contains("json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Headless", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["shop"]!["name"]);
    }

    [Fact]
    public async Task DisabledIdeLeavesTheEndpointToGraphQLOverHttp()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.Ide.Enabled = false);

        var page = await GetAsync(server, "/graphql", BrowserAccept);
        var script = await GetAsync(server, "/graphql/graphiql/graphiql.js", "*/*");

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    /// <summary>The committed bundle must be the build of the committed sources (build.mjs writes the same hash).</summary>
    [Fact]
    public void CommittedBundleWasBuiltFromTheCommittedSources()
    {
        var ide = Path.Combine(Path.GetDirectoryName(NodeScript.JsDirectory)!, "..", "src", "GraphQL", "Transport", "Ide");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { "app.jsx", "build.mjs", "package.json", "package-lock.json" })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0" + File.ReadAllText(Path.Combine(ide, file)).Replace("\r\n", "\n", StringComparison.Ordinal) + "\0"));
        }

        var expected = Convert.ToHexStringLower(hash.GetHashAndReset());
        var recorded = File.ReadAllText(Path.Combine(ide, "wwwroot", "inputs.sha256")).Trim();

        Assert.True(expected == recorded, "The GraphiQL bundle is stale: run `./build.sh ide` (npm ci && npm run build in src/GraphQL/Transport/Ide) and commit wwwroot/.");
    }

    [Fact]
    public async Task HeadlessChromiumLoadsGraphiQLRunsAQueryAndShowsTheResult()
    {
        const string Chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: `apt-get install chromium` (build.sh test installs it).");
        NodeScript.EnsureInstalled("playwright-core");
        await using var server = await LimitsTestServer.StartAsync(
            options =>
            {
                options.AddIntrospectionPolicy();
                options.AddDefaultLimits();
                options.Ide.DefaultQuery = "# Try this\n{ shop { name } }\n";
            },
            environment: "Development");

        var input = JsonSerializer.Serialize(new { url = server.Url.ToString(), query = "{ shop { name } products(first: 2) { totalCount } }", expect = "totalCount" });
        var output = await Task.Run(() => NodeScript.Run("ide-browser.mjs", input, TimeSpan.FromMinutes(2)));
        var result = JsonNode.Parse(output)!;

        Assert.Equal("GraphiQL", (string?)result["title"]);
        Assert.Equal("# Try this\n{ shop { name } }\n", (string?)result["initialQuery"]);
        Assert.True((bool)result["schemaLoaded"]!, "GraphiQL did not load the schema by introspection: " + output);
        Assert.Empty(result["offsiteRequests"]!.AsArray());
        Assert.Empty(result["consoleErrors"]!.AsArray());
        var shown = JsonNode.Parse((string)result["response"]!)!;
        Assert.Equal("Headless", (string?)shown["data"]!["shop"]!["name"]);
        Assert.Equal(2, (int)shown["data"]!["products"]!["totalCount"]!);
        // shop 1 + the products connection 1 (totalCount is a scalar: 0).
        Assert.Equal(2, (long)shown["extensions"]!["cost"]!["requested"]!);
    }

    private static async Task<HttpResponseMessage> GetAsync(LimitsTestServer server, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await server.Client.SendAsync(request);
    }
}
