using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Storefront;

/// <summary>The storefront over HTTP against the seeded demo catalog, on every provider (a subclass per database).</summary>
public abstract class StorefrontContract
{
    protected abstract StorefrontApiFactory Factory { get; }

    private static string SchemaFile(string relative) => Path.Combine(AppContext.BaseDirectory, "schema", relative);

    private static string Operation(string name) => File.ReadAllText(SchemaFile(Path.Combine("operations", name + ".graphql")));

    [Fact]
    public async Task TheServedSchemaIsThePublishedFile()
    {
        using var client = Factory.CreateClient();

        var served = await client.GetStringAsync("/graphql/schema.graphql");

        Assert.Equal(File.ReadAllText(SchemaFile("storefront.graphql")).TrimEnd(), served.TrimEnd());
    }

    [Fact]
    public async Task IntrospectionDescribesEveryTypeFieldAndArgument()
    {
        using var client = Factory.CreateClient();

        var data = await client.DataAsync("""
            { __schema { types { name description kind
                fields { name description args { name description } }
                inputFields { name description }
                enumValues { name description } } } }
            """);

        var ours = data["__schema"]!["types"]!.AsArray()
            .Where(t => !t!["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)
                && t!["name"]!.GetValue<string>() is not ("String" or "Int" or "Float" or "Boolean" or "ID"))
            .ToList();
        Assert.Contains(ours, t => t!["name"]!.GetValue<string>() == "Decimal");
        var undescribed = new List<string>();
        foreach (var type in ours)
        {
            var name = type!["name"]!.GetValue<string>();
            Check(type, name);
            foreach (var field in (type["fields"] as JsonArray ?? []).Concat(type["inputFields"] as JsonArray ?? []).Concat(type["enumValues"] as JsonArray ?? []))
            {
                Check(field!, $"{name}.{field!["name"]}");
                foreach (var argument in field["args"] as JsonArray ?? [])
                {
                    Check(argument!, $"{name}.{field["name"]}({argument!["name"]})");
                }
            }
        }

        Assert.Empty(undescribed);

        void Check(JsonNode node, string what)
        {
            if (string.IsNullOrWhiteSpace(node["description"]?.GetValue<string>()))
            {
                undescribed.Add(what);
            }
        }
    }

    [Fact]
    public async Task TheCatalogPageOperationListsInStockPhonesByPopularityAcrossPages()
    {
        using var client = Factory.CreateClient();
        var where = new { category = new { slug = "phones" }, inStock = true };

        var first = await client.DataAsync(Operation("CatalogPage"), new { first = 6, where });
        var products = first["products"]!;
        var second = await client.DataAsync(Operation("CatalogPage"), new { first = 6, where, after = products["pageInfo"]!["endCursor"]!.GetValue<string>() });

        var edges = products["edges"]!.AsArray().Concat(second["products"]!["edges"]!.AsArray()).ToList();
        Assert.True(products["totalCount"]!.GetValue<int>() > 6);
        Assert.True(products["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(12, edges.Select(e => e!["node"]!["id"]!.GetValue<string>()).Distinct().Count());
        Assert.All(edges, e =>
        {
            var node = e!["node"]!;
            Assert.Contains(node["category"]!["slug"]!.GetValue<string>(), new[] { "smartphones", "feature-phones" });
            Assert.NotEqual("OUT_OF_STOCK", node["availability"]!["status"]!.GetValue<string>());
            Assert.NotEmpty(node["images"]!.AsArray());
            Assert.NotEmpty(node["variants"]!.AsArray());
            Assert.Equal("EUR", node["priceRange"]!["min"]!["currency"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task TheProductPageOperationShowsVariantsOptionsAndBreadcrumbs()
    {
        using var client = Factory.CreateClient();

        var product = (await client.DataAsync(Operation("ProductPage"), new { slug = "nimbus-pro-15" }))["product"]!;

        Assert.Equal("Nimbus Pro 15", product["name"]!.GetValue<string>());
        Assert.True(product["requiresShipping"]!.GetValue<bool>());
        Assert.Equal(["phones"], product["category"]!["ancestors"]!.AsArray().Select(a => a!["slug"]!.GetValue<string>()));
        var options = product["options"]!.AsArray();
        Assert.Equal(["Colour", "Storage"], options.Select(o => o!["name"]!.GetValue<string>()).Order());
        var variants = product["variants"]!.AsArray();
        Assert.Equal(options.Aggregate(1, (n, o) => n * o!["values"]!.AsArray().Count), variants.Count);
        Assert.Equal("999.00", product["priceRange"]!["min"]!["amount"]!.GetValue<string>());
        Assert.All(variants, v =>
        {
            Assert.Equal(2, v!["selectedOptions"]!.AsArray().Count);
            Assert.Contains(" / ", v["title"]!.GetValue<string>());
            Assert.True(decimal.Parse(v["compareAtPrice"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
                > decimal.Parse(v["price"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        });
        Assert.StartsWith("2025-", product["createdAt"]!.GetValue<string>());
        Assert.EndsWith("Z", product["createdAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCategoryMenuOperationCountsEveryProductOnceAtTheTop()
    {
        using var client = Factory.CreateClient();

        var roots = (await client.DataAsync(Operation("CategoryMenu")))["categories"]!.AsArray();
        var total = (await client.DataAsync("{ products(first: 0) { totalCount } }"))["products"]!["totalCount"]!.GetValue<int>();

        Assert.Equal("phones", roots[0]!["slug"]!.GetValue<string>());
        Assert.Equal(total, roots.Sum(r => r!["productCount"]!.GetValue<int>()));
        Assert.All(roots, r =>
        {
            var children = r!["children"]!.AsArray();
            Assert.True(r["productCount"]!.GetValue<int>() >= children.Sum(c => c!["productCount"]!.GetValue<int>()));
        });
    }

    [Fact]
    public async Task TheSearchOperationPutsNameMatchesFirst()
    {
        using var client = Factory.CreateClient();

        var products = (await client.DataAsync(Operation("Search"), new { text = "aurora" }))["products"]!;

        var names = products["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.True(products["totalCount"]!.GetValue<int>() >= 2);
        Assert.All(names.Take(2), n => Assert.Contains("Aurora", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageWithEveryHopCostsAtMostFourStatementsWhateverItsSize()
    {
        using var client = Factory.CreateClient();
        const string query = """
            query($first: Int) { products(first: $first) { edges { node {
              name category { name } images { url altText }
              variants { sku price { amount currency } compareAtPrice { amount } availability { status quantity } }
            } } } }
            """;

        var counts = new List<int>();
        foreach (var size in new[] { 5, 50 })
        {
            Factory.Statements.Reset();
            var data = await client.DataAsync(query, new { first = size });
            counts.Add(Factory.Statements.Count);
            Assert.Equal(size, data["products"]!["edges"]!.AsArray().Count);
        }

        Assert.All(counts, c => Assert.InRange(c, 1, 4));
        Assert.Equal(counts[0], counts[1]);
    }

    [Fact]
    public async Task GlobalIdsFetchTheSameObjectsThroughNodeAndNodes()
    {
        using var client = Factory.CreateClient();
        var product = (await client.DataAsync("{ product(slug: \"aurora-x2\") { id slug category { id slug } variants { id sku } } }"))["product"]!;
        var ids = new[] { product["id"]!, product["variants"]![0]!["id"]!, product["category"]!["id"]! }.Select(i => i.GetValue<string>()).ToArray();

        var nodes = (await client.DataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Product { slug } ... on ProductVariant { sku } ... on Category { slug } } }",
            new { ids }))["nodes"]!.AsArray();
        var bySku = await client.DataAsync("query($sku: String) { variant(sku: $sku) { id product { slug } } }", new { sku = product["variants"]![0]!["sku"]!.GetValue<string>() });

        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal("aurora-x2", nodes[0]!["slug"]!.GetValue<string>());
        Assert.Equal(product["variants"]![0]!["sku"]!.GetValue<string>(), nodes[1]!["sku"]!.GetValue<string>());
        Assert.Equal(product["category"]!["slug"]!.GetValue<string>(), nodes[2]!["slug"]!.GetValue<string>());
        Assert.Equal(ids[1], bySku["variant"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain("aurora", ids[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FiltersArriveAsDecimalsEnumsAndListsAndAreAppliedInSql()
    {
        using var client = Factory.CreateClient();

        var data = await client.DataAsync("""
            { products(first: 100, where: { price: { min: "100", max: 300.5 }, kinds: [PHYSICAL],
                options: [{ name: "Colour", values: ["Black"] }] }, order: [{ field: PRICE, direction: DESC }]) {
              nodes { kind variants { price { amount } selectedOptions { name value } } } } }
            """);

        var nodes = data["products"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.Equal("PHYSICAL", n!["kind"]!.GetValue<string>());
            Assert.Contains(n["variants"]!.AsArray(), v =>
                decimal.Parse(v!["price"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) is >= 100m and <= 300.5m
                && v["selectedOptions"]!.AsArray().Any(o => o!["name"]!.GetValue<string>() == "Colour" && o["value"]!.GetValue<string>() == "Black"));
        });
    }

    [Theory]
    [InlineData("{ node(id: \"not-an-id\") { id } }", "INVALID_ID", "node")]
    [InlineData("{ product(id: \"UHJvZHVjdDpub3BlCg\") { id } }", "INVALID_ID", "product")]
    [InlineData("{ products(after: \"garbage\") { totalCount } }", "INVALID_CURSOR", "products")]
    [InlineData("{ products(first: 1, last: 1) { totalCount } }", "INVALID_PAGINATION", "products")]
    [InlineData("{ products(first: 101) { totalCount } }", "INVALID_PAGINATION", "products")]
    [InlineData("{ products(first: 1000000) { totalCount } }", "INVALID_PAGINATION", "products")]
    [InlineData("{ products(last: 1000000) { nodes { name } } }", "INVALID_PAGINATION", "products")]
    [InlineData("{ product { id } }", "INVALID_ARGUMENT", "product")]
    public async Task BadInputIsAFieldErrorWithCodePathAndLocations(string query, string code, string field)
    {
        using var client = Factory.CreateClient();

        var response = await client.PostAsync(query);

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal([field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.NotEmpty(error["locations"]!.AsArray());
        // products is non-null, so its error nulls the whole data (spec: null propagation).
        Assert.Null(response["data"]?[field]);
    }

    [Fact]
    public async Task APageSizeFarOverTheMaximumIsInvalidPaginationNotACostRefusal()
    {
        using var client = Factory.CreateClient();

        var response = await client.PostAsync("query ($n: Int) { products(first: $n) { edges { node { name variants { sku } } } } }", new { n = 1_000_000 });

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("INVALID_PAGINATION", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("between 0 and 100", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2147483648", "Variable \"$n\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("1e100", "Variable \"$n\" got invalid value 1e+100; Int cannot represent non 32-bit signed integer value: 1e+100")]
    public async Task AnOutOfRangePageSizeVariableIsAVariableErrorBeforeAnyCostCheck(string value, string message)
    {
        using var client = Factory.CreateClient();

        var response = await client.PostAsync(
            "query Q($n: Int) { products(first: $n) { nodes { __typename } } }",
            System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>($$"""{"n": {{value}}}"""));

        var error = Assert.Single(response["errors"]!.AsArray())!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Equal("""[{"line":1,"column":9}]""", error["locations"]!.ToJsonString());
    }

    [Fact]
    public async Task ACategoryMenuFiveLevelsDeepIsWithinTheCostBudget()
    {
        using var client = Factory.CreateClient();

        var response = await client.PostAsync("""
            { categories { name children { name children { name children { slug children { name productCount } } } } } }
            """);

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.NotEmpty(response["data"]!["categories"]!.AsArray());
        Assert.True(response["extensions"]!["cost"]!["requested"]!.GetValue<long>() <= response["extensions"]!["cost"]!["maximum"]!.GetValue<long>());
    }

    [Fact]
    public async Task SelectionsRemovedBySkipCostNothing()
    {
        using var client = Factory.CreateClient();

        var response = await client.PostAsync(
            "{ __typename categories @skip(if: true) { children { children { children { children { name } } } } } }");

        Assert.True(response["errors"] is null, response.ToJsonString());
        Assert.Equal(0, response["extensions"]!["cost"]!["requested"]!.GetValue<long>());
    }

    [Fact]
    public async Task ACursorForAnotherOrderIsRejected()
    {
        using var client = Factory.CreateClient();
        var cursor = (await client.DataAsync("{ products(first: 1) { pageInfo { endCursor } } }"))["products"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await client.PostAsync("query($c: String) { products(after: $c, order: [{ field: PRICE }]) { totalCount } }", new { c = cursor });

        Assert.Equal("INVALID_CURSOR", response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownSlugsAndSkusAreNullWithoutErrors()
    {
        using var client = Factory.CreateClient();

        var data = await client.DataAsync("{ product(slug: \"no-such-product\") { id } variant(sku: \"NO-SUCH\") { id } category(slug: \"no-such\") { id } }");

        Assert.Null(data["product"]);
        Assert.Null(data["variant"]);
        Assert.Null(data["category"]);
    }
}
