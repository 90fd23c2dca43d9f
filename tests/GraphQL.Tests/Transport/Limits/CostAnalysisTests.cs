using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Tests.Types;
using Headless.GraphQL.Transport.Limits;

namespace Headless.GraphQL.Tests.Transport.Limits;

public sealed class CostAnalysisTests
{
    /// <summary>
    /// Each case's cost worked out by hand from the model (field = items × (weight + children); objects 1, scalars 0,
    /// <c>@cost</c> overrides; the default list size is 10).
    /// </summary>
    public static TheoryData<string, string?, long, string> Costs => new()
    {
        { "{ shop { name } }", null, 1, "shop object 1, scalar 0" },
        { "{ products(first: 20) { edges { node { name price } } } }", null, 81, "connection 1 + 20 edges × (edge 1 + node 1 + price @cost 2)" },
        { "query ($n: Int) { products(first: $n) { nodes { id } } }", """{"n": 50}""", 51, "page from a variable: 1 + 50 × 1" },
        { "query ($n: Int = 7) { products(first: $n) { nodes { id } } }", null, 8, "variable's default: 1 + 7 × 1" },
        { "{ products { nodes { id } } }", null, 11, "no first/last: default list size, 1 + 10 × 1" },
        { "{ products(first: 2, last: 30) { nodes { id } } }", null, 31, "first and last: the larger, 1 + 30 × 1" },
        { "{ product(id: 1) { related { name } } }", null, 4, "argument default first = 3: 1 + 3 × 1" },
        { "{ product(id: 1) { category { name } } }", null, 5, "type @cost(weight: 4) on Category: 1 + 4" },
        { "{ search(term: \"x\") { id } }", null, 50, "unbounded list with field @cost 5: 10 × 5" },
        { "{ a: product(id: 1) { ...F } b: product(id: 2) { ...F } } fragment F on Product { category { name } }", null, 10, "fragment counted where spread: 2 × 5" },
        { "{ products(first: 4) { ...Page } } fragment Page on ProductConnection { nodes { price } }", null, 13, "page size reaches lists in fragments: 1 + 4 × 3" },
        { "{ __typename shop { __typename } }", null, 1, "__typename is free" },
    };

    [Theory]
    [MemberData(nameof(Costs))]
    public async Task CostIsReportedInExtensionsForEveryRequest(string query, string? variables, long expected, string why)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits());

        var response = await server.PostAsync(query, variables is null ? null : JsonSerializer.Deserialize<JsonElement>(variables));

        Assert.True(response["errors"] is null, $"{why}: {response.ToJsonString()}");
        Assert.Equal(expected, (long)response["extensions"]!["cost"]!["requested"]!);
        Assert.Equal(new RequestLimits().MaxCost, (int)response["extensions"]!["cost"]!["maximum"]!);
    }

    [Fact]
    public async Task RequestOverTheBudgetIsRefusedBeforeAnyResolverRuns()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxCost = 100));

        // 1 + 100 edges × (edge 1 + node 1 + price 2) = 401.
        var response = await server.PostAsync("query Catalog { shop { name } products(first: 100) { edges { node { price } } } }");

        Assert.Null(response["data"]);
        var error = response["errors"]![0]!;
        Assert.Equal(LimitErrorCodes.CostLimitExceeded, (string?)error["extensions"]!["code"]);
        Assert.Contains("'Catalog' costs 402", (string?)error["message"]);
        Assert.Contains("maximum of 100", (string?)error["message"]);
        Assert.Contains("'products' alone costs 401", (string?)error["message"]);
        Assert.Equal(402, (long)response["extensions"]!["cost"]!["requested"]!);
        Assert.Equal(100, (int)response["extensions"]!["cost"]!["maximum"]!);
        Assert.Equal(0, server.ResolverCalls);
    }

    [Fact]
    public async Task RequestAtTheBudgetRuns()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxCost = 81));

        var response = await server.PostAsync("{ products(first: 20) { edges { node { name price } } } }");

        Assert.Null(response["errors"]);
        Assert.Equal(5, response["data"]!["products"]!["edges"]!.AsArray().Count);
        Assert.Equal(1, server.ResolverCalls);
    }

    [Fact]
    public async Task FragmentsSpreadExponentiallyAreMeasuredQuicklyAndSaturateInsteadOfOverflowing()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits());
        // F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 `price` fields once written out.
        const int levels = 40;
        var fragments = string.Join('\n', Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Product {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = $"{{ product(id: 1) {{ ...F0 }} }}\n{fragments}\nfragment F{levels} on Product {{ price }}";

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await server.PostAsync(query);

        Assert.Equal(LimitErrorCodes.CostLimitExceeded, (string?)response["errors"]![0]!["extensions"]!["code"]);
        Assert.True((long)response["extensions"]!["cost"]!["requested"]! > 1L << 40);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1e100")]
    [InlineData("\"many\"")]
    public async Task VariablesAreCoercedBeforeTheCostIsComputedSoBadValuesGetGraphQLJsVariableErrors(string value)
    {
        const string query = "query Q($n: Int) { products(first: $n) { nodes { __typename } } }";
        var variables = $$"""{"n": {{value}}}""";
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxCost = 10));

        var response = await server.PostAsync(query, JsonSerializer.Deserialize<JsonElement>(variables));
        var reference = TypesOracle.Ask([new JsonObject
        {
            ["mode"] = "execute", ["sdl"] = LimitsTestServer.Sdl, ["query"] = query, ["variables"] = JsonNode.Parse(variables),
        }])[0]["result"]!;

        var error = response["errors"]![0]!;
        Assert.Equal(ErrorCodes.BadUserInput, (string?)error["extensions"]!["code"]);
        Assert.Equal((string?)reference["errors"]![0]!["message"], (string?)error["message"]);
        Assert.Equal(reference["errors"]![0]!["locations"]!.ToJsonString(), error["locations"]!.ToJsonString());
        Assert.Single(response["errors"]!.AsArray());
        Assert.Equal(0, server.ResolverCalls);
    }
}
