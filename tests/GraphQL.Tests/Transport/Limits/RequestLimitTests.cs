using Headless.GraphQL.Errors;
using Headless.GraphQL.Transport.Limits;
using Microsoft.Extensions.Configuration;

namespace Headless.GraphQL.Tests.Transport.Limits;

public sealed class RequestLimitTests
{
    [Theory]
    [InlineData("{ a: shop { name } b: shop { name } c: shop { name } }", null)]
    [InlineData("{ a: shop { n1: name n2: name n3: name n4: name } }", LimitErrorCodes.MaxAliasesExceeded)]
    [InlineData("{ product(id: 1) { ...Names } other: product(id: 2) { ...Names } } fragment Names on Product { x: name y: name }", LimitErrorCodes.MaxAliasesExceeded)]
    public async Task AliasesAreLimitedCountingFragmentsWhereSpread(string query, string? refusal)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxAliases = 3));

        var response = await server.PostAsync(query);

        AssertOutcome(response, refusal, server.ResolverCalls);
        if (refusal is not null)
        {
            Assert.Matches("uses [45] aliases; at most 3 are allowed", (string?)response["errors"]![0]!["message"]);
        }
    }

    [Theory]
    [InlineData("{ shop { name } product(id: 1) { id } __typename }", null)]
    [InlineData("{ shop { name } product(id: 1) { id } search(term: \"a\") { id } }", LimitErrorCodes.MaxRootFieldsExceeded)]
    [InlineData("query Q { shop { name } ...More } fragment More on Query { a: shop { name } b: shop { name } }", LimitErrorCodes.MaxRootFieldsExceeded)]
    public async Task RootFieldsAreLimitedThroughFragments(string query, string? refusal)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxRootFields = 2));

        var response = await server.PostAsync(query);

        AssertOutcome(response, refusal, server.ResolverCalls);
        if (refusal is not null)
        {
            Assert.Contains("selects 3 root fields; at most 2 are allowed", (string?)response["errors"]![0]!["message"]);
        }
    }

    [Theory]
    [InlineData("{ product(id: 1) { category { name } } }", null, null)]
    [InlineData("{ product(id: 1) { related { category { name } } } }", LimitErrorCodes.MaxDepthExceeded, "4 levels deep (at 'product.related.category.name')")]
    [InlineData("{ p: product(id: 1) { ...Deep } } fragment Deep on Product { related { related { id } } }", LimitErrorCodes.MaxDepthExceeded, "4 levels deep (at 'p.related.related.id')")]
    public async Task DepthIsLimitedThroughFragmentsAndTheMessageNamesTheDeepestPath(string query, string? refusal, string? message)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxDepth = 3));

        var response = await server.PostAsync(query);

        AssertOutcome(response, refusal, server.ResolverCalls);
        if (message is not null)
        {
            Assert.Contains(message, (string?)response["errors"]![0]!["message"]);
        }
    }

    [Fact]
    public async Task DefaultLimitsLetGraphiQLsIntrospectionQueryThrough()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(), environment: "Development");
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Transport", "Limits", "graphiql-introspection-query.graphql"));

        var response = await server.PostAsync(query);

        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.NotNull(response["data"]!["__schema"]!["types"]);
    }

    [Fact]
    public async Task ParserLimitsComeFromTheSameSettings()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxTokens = 10));

        var underLimit = await server.PostAsync("{ shop { name } }");
        var overLimit = await server.PostAsync("{ shop { name } product(id: 1) { id } }");

        Assert.Null(underLimit["errors"]);
        Assert.Equal(LimitErrorCodes.MaxTokensExceeded, (string?)overLimit["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(10, (int)overLimit["errors"]![0]!["extensions"]!["maximum"]!);
        Assert.Contains("more than 10 tokens", (string?)overLimit["errors"]![0]!["message"]);
    }

    [Theory]
    [InlineData("list values", LimitErrorCodes.MaxParserDepthExceeded)]
    [InlineData("object values", LimitErrorCodes.MaxParserDepthExceeded)]
    [InlineData("selection sets", LimitErrorCodes.MaxParserDepthExceeded)]
    [InlineData("list types", LimitErrorCodes.MaxParserDepthExceeded)]
    public async Task ValidDocumentsPastTheParserDepthAreRefusedWithTheirOwnCodeNotAsSyntaxErrors(string kind, string code)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits());
        var source = (string)Headless.GraphQL.Tests.Language.ParserLimitTests.ValidButDeep.Single(row => (string)row[0] == kind)[1];

        var response = await server.PostAsync(source);

        var error = response["errors"]![0]!;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        Assert.Equal(new RequestLimits().MaxParserDepth, (int)error["extensions"]!["maximum"]!);
        Assert.DoesNotContain("Syntax Error", (string?)error["message"], StringComparison.Ordinal);
        Assert.Equal(1, (int)error["locations"]![0]!["line"]!);
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task DocumentsLongerThanTheLimitAreRefusedWithTheirOwnCode()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxDocumentLength = 20));

        var response = await server.PostAsync("{ shop { name } }          ");

        Assert.Equal(LimitErrorCodes.MaxDocumentLengthExceeded, (string?)response["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(20, (int)response["errors"]![0]!["extensions"]!["maximum"]!);
    }

    [Fact]
    public async Task LimitsBindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["GraphQL:Limits:MaxRootFields"] = "1", ["GraphQL:Limits:MaxCost"] = "3" })
            .Build();
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(configuration.GetSection("GraphQL:Limits")));

        var response = await server.PostAsync("{ shop { name } }");
        var refused = await server.PostAsync("{ shop { name } a: shop { name } }");

        Assert.Equal(3, (int)response["extensions"]!["cost"]!["maximum"]!);
        Assert.Equal(LimitErrorCodes.MaxRootFieldsExceeded, (string?)refused["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(2, (long)refused["extensions"]!["cost"]!["requested"]!);
    }

    private static void AssertOutcome(System.Text.Json.Nodes.JsonNode response, string? refusal, int resolverCalls)
    {
        if (refusal is null)
        {
            Assert.True(response["errors"] is null, response.ToJsonString());
            Assert.NotNull(response["data"]);
            Assert.True(resolverCalls > 0);
        }
        else
        {
            Assert.Equal(refusal, (string?)response["errors"]![0]!["extensions"]!["code"]);
            Assert.Null(response["data"]);
            Assert.Equal(0, resolverCalls);
        }
    }
}
