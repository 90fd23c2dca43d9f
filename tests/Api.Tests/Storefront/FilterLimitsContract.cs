using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// Hostile and borderline <c>products(where:)</c> filters over HTTP, on every provider: refused with
/// FILTER_TOO_COMPLEX before any SQL, never crashing the server, and filters of one shape sharing one query.
/// </summary>
public abstract class FilterLimitsContract
{
    private const string CountQuery = "query($where: ProductFilter) { products(first: 100, where: $where) { totalCount nodes { id } } }";

    protected abstract StorefrontApiFactory Factory { get; }

    [Fact]
    public async Task AHundredThousandAlternativesAreRefusedAndTheServerKeepsAnswering()
    {
        using var client = Factory.CreateClient();
        var where = new JsonObject { ["or"] = new JsonArray([.. Enumerable.Range(0, 100_000).Select(_ => (JsonNode)new JsonObject { ["inStock"] = true })]) };
        Factory.Statements.Reset();

        var response = await client.PostAsync(CountQuery, new { where });

        AssertRefused(response, "products");
        Assert.Equal(0, Factory.Statements.Count);
        var after = await client.DataAsync("{ products(first: 1) { totalCount } }");
        Assert.True(after["products"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task AFilterNestedDeeperThanTheLimitIsRefused()
    {
        using var client = Factory.CreateClient();
        JsonNode where = new JsonObject { ["inStock"] = true };
        for (var level = 1; level < 6; level++)
        {
            where = new JsonObject { ["and"] = new JsonArray(where) };
        }

        var response = await client.PostAsync(CountQuery, new { where });

        var error = AssertRefused(response, "products");
        Assert.Contains("6 levels", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenThousandLevelsOfNestingInAVariableAreAClearErrorAndTheServerKeepsAnswering()
    {
        using var client = Factory.CreateClient();
        const int levels = 10_000;
        var body = new StringBuilder("{\"query\":\"query($where: ProductFilter) { products(where: $where) { totalCount } }\",\"variables\":{\"where\":");
        body.Insert(body.Length, "{\"or\":[", levels).Append("{}").Insert(body.Length, "]}", levels);

        body.Append("}}");
        using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("BAD_REQUEST", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("depth", error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull((await client.DataAsync("{ products(first: 1) { totalCount } }"))["products"]);
    }

    [Fact]
    public async Task AFilterAtTheLimitReturnsExactlyTheMatchingProductsAndOneMoreConditionIsRefused()
    {
        using var client = Factory.CreateClient();
        var phones = await IdsAsync(client, new JsonObject { ["category"] = new JsonObject { ["slug"] = "phones" } });
        var digital = await IdsAsync(client, new JsonObject { ["kinds"] = new JsonArray("DIGITAL") });
        Assert.NotEmpty(phones);
        Assert.NotEmpty(digital);

        // 50 alternatives of one condition each: 50 nested filters + 50 conditions = the limit of 100.
        var alternatives = new JsonArray(
            new JsonObject { ["category"] = new JsonObject { ["slug"] = "phones" } },
            new JsonObject { ["kinds"] = new JsonArray("DIGITAL") });
        for (var i = 0; i < 48; i++)
        {
            alternatives.Add(new JsonObject { ["price"] = new JsonObject { ["min"] = $"{900_000 + i}", ["max"] = $"{900_000 + i}" } });
        }

        var atLimit = await IdsAsync(client, new JsonObject { ["or"] = alternatives.DeepClone() });
        alternatives.Add(new JsonObject { ["inStock"] = true });
        var overLimit = await client.PostAsync(CountQuery, new { where = new JsonObject { ["or"] = alternatives } });

        Assert.Equal(phones.Union(digital).Order(), atLimit.Order());
        var error = AssertRefused(overLimit, "products");
        Assert.Equal(100, error["extensions"]!["maximum"]!.GetValue<int>());
        Assert.Equal(102, error["extensions"]!["actual"]!.GetValue<int>());
    }

    [Fact]
    public async Task TwentyRootFieldsWithWideFiltersAreRefusedBeforeAnyQueryRuns()
    {
        using var client = Factory.CreateClient();
        var alternatives = new JsonArray();
        for (var i = 0; i < 30; i++)
        {
            alternatives.Add(new JsonObject { ["price"] = new JsonObject { ["min"] = $"{i}", ["max"] = $"{i + 0.5}" } });
        }

        // 60 conditions each, well under the per-filter limit, but 1,200 for the request.
        var fields = string.Join(" ", Enumerable.Range(0, 20).Select(i => $"p{i}: products(first: 100, where: $where) {{ totalCount }}"));
        Factory.Statements.Reset();

        var response = await client.PostAsync($"query($where: ProductFilter) {{ {fields} }}", new { where = new JsonObject { ["or"] = alternatives } });

        var error = AssertRefused(response, "p3");
        Assert.Equal(200, error["extensions"]!["maximum"]!.GetValue<int>());
        Assert.Equal(0, Factory.Statements.Count);
    }

    [Fact]
    public async Task FiltersOfTheSameShapeRunTheSameSqlWhateverTheirValuesAndListLengths()
    {
        using var client = Factory.CreateClient();
        var first = Shape("phones", "10", "20", ["PHYSICAL"], "Colour", ["Black"]);
        var second = Shape("audio", "30", "900", ["DIGITAL", "SERVICE", "PHYSICAL"], "Storage", ["128 GB", "256 GB", "512 GB", "1 TB", "2 TB"]);

        var sql = new List<IReadOnlyList<string>>();
        foreach (var where in new[] { first, second })
        {
            Factory.Statements.Reset();
            await client.DataAsync("query($where: ProductFilter) { products(first: 10, where: $where) { nodes { id } } }", new { where });
            sql.Add(Factory.Statements.Commands);
        }

        Assert.NotEmpty(sql[0]);
        Assert.Equal(sql[0], sql[1]);

        static JsonObject Shape(string category, string min, string max, string[] kinds, string option, string[] values) => new()
        {
            ["or"] = new JsonArray(
                new JsonObject { ["category"] = new JsonObject { ["slug"] = category }, ["inStock"] = true },
                new JsonObject { ["price"] = new JsonObject { ["min"] = min, ["max"] = max } }),
            ["kinds"] = new JsonArray([.. kinds.Select(k => (JsonNode)k)]),
            ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) }),
        };
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient client, JsonObject where)
    {
        var products = (await client.DataAsync(CountQuery, new { where }))["products"]!;
        var ids = products["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(products["totalCount"]!.GetValue<int>(), ids.Count);
        return ids;
    }

    private static JsonNode AssertRefused(JsonObject response, string path)
    {
        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("FILTER_TOO_COMPLEX", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal([path], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.NotEmpty(error["locations"]!.AsArray());
        Assert.Null(response["data"]?["products"]);
        return error;
    }
}
