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
        { "{ categories { name } }", null, 12, "@listSize(assumedSize: 3) on an unpaged list: 3 × Category 4" },
        { "{ categories { children { children { name } } } }", null, 84, "assumed sizes at every level: 3 × (4 + 2 × (4 + 2 × 4))" },
        { "{ page { nodes { id } } }", null, 21, "no slicing argument: slicingArgumentDefaultValue 20 sizes nodes, 1 + 20 × 1" },
        { "{ page(first: 5) { nodes { id } edges { node { id } } } }", null, 26, "sizedFields: nodes 5 × 1, edges not sized so 10 × 2, + 1" },
        { "{ page(first: 1000000) { nodes { id } } }", null, 101, "slicing argument capped at slicingArgumentMaximum: 1 + 100 × 1" },
        { "{ pick(ids: [\"1\", \"2\", \"3\"]) { id } }", null, 6, "a list slicing argument counts its entries: 3 × 1, + 3 input entries" },
        { "query ($ids: [ID!]!) { pick(ids: $ids) { id } }", """{"ids": ["1", "2", "3", "4"]}""", 8, "the same from a variable: 4 × 1 + 4" },
        { "{ strict(last: 2) { id } }", null, 2, "exactly one slicing argument: 2 × 1" },
        { "query ($t: [String!]!) { tagged(tags: $t) { id } }", """{"t": ["a", "b", "c"]}""", 13, "input list entries: 10 × 1 + 3" },
        { "{ tagged(tags: [\"a\", \"b\"]) { id } }", null, 12, "literal input list: 10 × 1 + 2" },
        { "{ shop { name } categories @skip(if: true) { children { name } } }", null, 1, "@skip(if: true) leaves the field out" },
        { "{ shop { name } categories @include(if: false) { name } }", null, 1, "@include(if: false) leaves the field out" },
        { "query ($on: Boolean!) { shop { name } ... @include(if: $on) { search(term: \"x\") { id } } }", """{"on": false}""", 1, "a condition from a variable, on an inline fragment" },
        { "query ($off: Boolean!) { shop { name } ...S @skip(if: $off) } fragment S on Query { search(term: \"x\") { id } }", """{"off": true}""", 1, "a skipped fragment spread" },
        { "query ($on: Boolean!) { shop { name } categories @include(if: $on) { name } }", """{"on": true}""", 13, "an included field counts: 1 + 12" },
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

    [Fact]
    public async Task FieldsRemovedBySkipAreNotCountedEvenWhenTheyWouldBlowTheBudget()
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.MaxCost = 50));
        const string deep = "categories { children { children { children { children { children { name } } } } } }";

        var skipped = await server.PostAsync($"{{ __typename {deep.Replace("categories", "categories @skip(if: true)", StringComparison.Ordinal)} }}");
        var included = await server.PostAsync($"{{ __typename {deep} }}");

        Assert.True(skipped["errors"] is null, skipped.ToJsonString());
        Assert.Equal(0, (long)skipped["extensions"]!["cost"]!["requested"]!);
        Assert.Equal(LimitErrorCodes.CostLimitExceeded, (string?)included["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("{ strict { id } }", "needs one of the arguments 'first', 'last'")]
    [InlineData("{ strict(first: 1, last: 2) { id } }", "takes only one of the arguments 'first', 'last'; 2 were given")]
    [InlineData("query ($n: Int) { strict(first: $n) { id } }", "needs one of the arguments")]
    public async Task ListSizeThatRequiresOneSlicingArgumentRefusesNoneOrSeveral(string query, string message)
    {
        await using var server = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits());

        var response = await server.PostAsync(query);

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(LimitErrorCodes.InvalidSlicingArguments, (string?)error["extensions"]!["code"]);
        Assert.Contains(message, (string?)error["message"], StringComparison.Ordinal);
        Assert.NotEmpty(error["locations"]!.AsArray());
        Assert.Equal(0, server.ResolverCalls);
    }

    [Fact]
    public async Task HugeInputListsAreRefusedByCostBeforeExecution()
    {
        var tags = JsonSerializer.SerializeToElement(new { t = Enumerable.Range(0, 6000).Select(i => "tag" + i).ToArray() });
        const string query = "query ($t: [String!]!) { tagged(tags: $t) { id } }";
        await using var counted = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits());
        await using var uncounted = await LimitsTestServer.StartAsync(options => options.AddDefaultLimits(l => l.InputListItemCost = 0));

        var refused = await counted.PostAsync(query, tags);
        var allowed = await uncounted.PostAsync(query, tags);

        Assert.Equal(LimitErrorCodes.CostLimitExceeded, (string?)refused["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(6010, (long)refused["extensions"]!["cost"]!["requested"]!);
        Assert.Equal(0, counted.ResolverCalls);
        Assert.True(allowed["errors"] is null, allowed.ToJsonString());
        Assert.Equal(10, (long)allowed["extensions"]!["cost"]!["requested"]!);
    }
}
