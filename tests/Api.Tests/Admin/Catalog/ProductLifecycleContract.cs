using System.Text.Json.Nodes;
using Headless.Api.Tests.Admin.Ids;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;
using Headless.Infrastructure.Catalog.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Catalog;

/// <summary>
/// A product's life after it was made in <c>/admin/graphql</c>, seen from the storefront: sold, then deleted while
/// its orders keep their lines; repriced by the scheduled-price job; described by attributes; exported and imported
/// back. Each test makes its own category, slugs and SKUs.
/// </summary>
public abstract class ProductLifecycleContract
{
    private const string Lines = "lines { productName sku variantTitle quantity unitPrice { amount currency } lineTotal { amount } }";

    protected abstract HeadlessApiFactory Factory { get; }

    private static string Unique(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 13)];

    private async Task<string> StaffAsync(HttpClient client, StaffRole role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@shop.test";
        return await client.StaffTokenAsync(email, await Factory.CreateStaffAsync(email, role));
    }

    private static async Task<JsonNode> MutateAsync(HttpClient client, string token, string field, string inputType, object input, string selection)
    {
        var (_, body) = await client.AdminAsync($"mutation ($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message field }} }} }}", new { input }, bearer: token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        var payload = body["data"]![field]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload;
    }

    private sealed record Made(string ProductId, string VariantId, string Slug, string Sku, string CategorySlug);

    private static async Task<Made> ProductAsync(HttpClient client, string token, string price, object[]? attributes = null)
    {
        var categorySlug = Unique("life");
        var category = (string)(await MutateAsync(client, token, "createCategory", "CreateCategoryInput", new { slug = categorySlug, name = "Lanterns" }, "category { id }"))["category"]!["id"]!;
        var (slug, sku) = (Unique("lantern"), Unique("LAN").ToUpperInvariant());
        var product = (await MutateAsync(client, token, "createProduct", "CreateProductInput", new
        {
            slug, name = "Storm Lantern", description = "Keeps burning.", categoryId = category, published = true,
            attributes = attributes ?? [],
            variants = new[] { new { sku, price = new { amount = price, currency = "EUR" }, options = new[] { new { name = "Finish", value = "Brass" } } } },
        }, "product { id variants { id } }"))["product"]!;
        return new Made((string)product["id"]!, (string)product["variants"]![0]!["id"]!, slug, sku, categorySlug);
    }

    private static async Task<JsonNode?> StorefrontProductAsync(HttpClient client, string slug) =>
        (await client.DataAsync(
            "query ($slug: String!) { product(slug: $slug) { name attributes { name value } variants { sku price { amount } compareAtPrice { amount currency } } } }",
            new { slug }))["product"];

    [Fact]
    public async Task ADeletedProductLeavesTheStorefrontWhileItsOrdersKeepTheirLinesAndTheDeletionIsAudited()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(client, StaffRole.Owner);
        var catalog = await StaffAsync(client, StaffRole.Catalog);
        var made = await ProductAsync(client, owner, "25.00");
        var location = (string)(await MutateAsync(client, owner, "createStockLocation", "CreateStockLocationInput",
            new { code = "LIFE-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), name = "Lantern store" }, "stockLocation { id }"))["stockLocation"]!["id"]!;
        await MutateAsync(client, owner, "receiveStock", "ReceiveStockInput", new { variantId = made.VariantId, locationId = location, quantity = 5, idempotencyKey = Guid.NewGuid().ToString() }, "movements { id }");
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, made.VariantId, 2));
        CheckoutSteps.AssertNoErrors(placed);
        var (orderId, orderToken) = ((string)placed["order"]!["id"]!, (string)placed["orderToken"]!);
        const string Line = """{"productName":"Storm Lantern","sku":"{sku}","variantTitle":"Brass","quantity":2,"unitPrice":{"amount":"25.00","currency":"EUR"},"lineTotal":{"amount":"50.00"}}""";
        var expected = "[" + Line.Replace("{sku}", made.Sku, StringComparison.Ordinal) + "]";

        var deleted = await MutateAsync(client, catalog, "deleteProduct", "ProductIdInput", new { id = made.ProductId }, "product { status deletedAt }");
        var storefrontOrder = await client.DataAsync($"query ($id: ID!, $token: String!) {{ order(id: $id, token: $token) {{ {Lines} }} }}", new { id = orderId, token = orderToken });
        var (_, adminOrder) = await client.AdminAsync($"query ($id: ID!) {{ order(id: $id) {{ {Lines} }} }}", new { id = orderId }, bearer: owner);
        var listed = await client.DataAsync("query ($c: String!) { products(first: 5, where: { category: { slug: $c } }) { nodes { id } } }", new { c = made.CategorySlug });
        var (_, audit) = await client.AdminAsync(
            "query ($where: AuditLogFilter) { auditLog(first: 10, where: $where) { nodes { action actorKind targetType targetId outcome changes } } }",
            new { where = new { action = "deleteProduct", targetId = made.ProductId } }, bearer: owner);

        Assert.Equal("DELETED", (string?)deleted["product"]!["status"]);
        Assert.Null(await StorefrontProductAsync(client, made.Slug));
        Assert.Empty(listed["products"]!["nodes"]!.AsArray());
        Assert.Equal(expected, storefrontOrder["order"]!["lines"]!.ToJsonString());
        Assert.True(adminOrder["errors"] is null, adminOrder.ToJsonString());
        Assert.Equal(expected, adminOrder["data"]!["order"]!["lines"]!.ToJsonString());
        var entry = Assert.Single(audit["data"]!["auditLog"]!["nodes"]!.AsArray())!;
        Assert.Equal(("staff", "Product", "changed"), ((string?)entry["actorKind"], (string?)entry["targetType"], (string?)entry["outcome"]));
        var change = Assert.Single(JsonNode.Parse((string)entry["changes"]!)!.AsArray())!;
        Assert.Equal((AdminTestIds.Uuid(made.ProductId), "modified"), ((string?)change["id"], (string?)change["operation"]));
        Assert.Null(change["fields"]!["DeletedAt"]!["before"]);
        var (answered, audited) = (Instant(deleted["product"]!["deletedAt"]), Instant(change["fields"]!["DeletedAt"]!["after"]));
        Assert.True((answered - audited).Duration() < TimeSpan.FromSeconds(1), $"deletedAt {answered:O} answered, {audited:O} audited");
    }

    private static DateTimeOffset Instant(JsonNode? text) => DateTimeOffset.Parse((string)text!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AScheduledPriceBecomesTheStorefrontPriceWhenTheJobRunsAfterItIsDueWithItsCompareAtPrice()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(client, StaffRole.Owner);
        var made = await ProductAsync(client, owner, "199.00");
        var at = DateTimeOffset.UtcNow.AddSeconds(1);
        await MutateAsync(client, owner, "setVariantPrice", "SetVariantPriceInput",
            new { variantId = made.VariantId, price = new { amount = "149.00", currency = "EUR" }, compareAtPrice = new { amount = "199.00", currency = "EUR" }, effectiveAt = at }, "product { id }");
        using var scope = Factory.Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<CatalogAdminService>();

        // Not yet due: the job finds nothing to do. Due, but the job has not run (it is off in tests): still the old price.
        Assert.Equal(0, await job.ApplyDuePricesAsync(100, CancellationToken.None));
        await Task.Delay(at - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100));
        var beforeRun = (await StorefrontProductAsync(client, made.Slug))!["variants"]![0]!;
        var repriced = await job.ApplyDuePricesAsync(100, CancellationToken.None);
        var afterRun = (await StorefrontProductAsync(client, made.Slug))!["variants"]![0]!;
        var again = await job.ApplyDuePricesAsync(100, CancellationToken.None);

        Assert.Equal("""{"sku":"{sku}","price":{"amount":"199.00"},"compareAtPrice":null}""".Replace("{sku}", made.Sku, StringComparison.Ordinal), beforeRun.ToJsonString());
        Assert.Equal(1, repriced);
        Assert.Equal("""{"sku":"{sku}","price":{"amount":"149.00"},"compareAtPrice":{"amount":"199.00","currency":"EUR"}}""".Replace("{sku}", made.Sku, StringComparison.Ordinal), afterRun.ToJsonString());
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task AttributesGivenAtCreationAndReplacedLaterShowInTheStorefrontAndTheAdminProduct()
    {
        var client = Factory.CreateClient();
        var catalog = await StaffAsync(client, StaffRole.Catalog);
        var made = await ProductAsync(client, catalog, "40.00", [new { name = "Brand", value = "Feuerhand" }, new { name = "Fuel", value = "Paraffin" }]);

        var created = await StorefrontProductAsync(client, made.Slug);
        var updated = await MutateAsync(client, catalog, "updateProduct", "UpdateProductInput",
            new { id = made.ProductId, attributes = new[] { new { name = "Brand", value = "Feuerhand" }, new { name = "Burn time", value = "20 h" } } }, "product { attributes { name value } }");
        var replaced = await StorefrontProductAsync(client, made.Slug);
        var (_, admin) = await client.AdminAsync("query ($id: ID!) { product(id: $id) { attributes { name value } } }", new { id = made.ProductId }, bearer: catalog);

        Assert.Equal("""[{"name":"Brand","value":"Feuerhand"},{"name":"Fuel","value":"Paraffin"}]""", created!["attributes"]!.ToJsonString());
        const string Now = """[{"name":"Brand","value":"Feuerhand"},{"name":"Burn time","value":"20 h"}]""";
        Assert.Equal(Now, updated["product"]!["attributes"]!.ToJsonString());
        Assert.Equal(Now, replaced!["attributes"]!.ToJsonString());
        Assert.Equal(Now, admin["data"]!["product"]!["attributes"]!.ToJsonString());
    }

    [Fact]
    public async Task AnExportedCatalogImportsBackUnchangedAndAnEditedRowOfItRepricesTheStorefront()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(client, StaffRole.Owner);
        var made = await ProductAsync(client, owner, "31.50");
        const string Export = "mutation { exportCatalogCsv { csv rows } }";
        const string Job = "job { status productsCreated productsUpdated variantsCreated variantsUpdated errors { line column code message } }";
        var (_, first) = await client.AdminAsync(Export, bearer: owner);
        var csv = (string)first["data"]!["exportCatalogCsv"]!["csv"]!;
        var row = csv.Split("\r\n").Single(l => l.StartsWith(made.Slug + ",", StringComparison.Ordinal));

        var same = (await MutateAsync(client, owner, "importCatalogCsv", "ImportCatalogCsvInput", new { csv }, Job))["job"]!;
        var (_, second) = await client.AdminAsync(Export, bearer: owner);
        var edited = csv.Replace(row, row.Replace(",31.50,", ",27.00,", StringComparison.Ordinal), StringComparison.Ordinal);
        var repriced = (await MutateAsync(client, owner, "importCatalogCsv", "ImportCatalogCsvInput", new { csv = edited }, Job))["job"]!;
        var (_, third) = await client.AdminAsync(Export, bearer: owner);

        Assert.Equal($"{made.Slug},Storm Lantern,Keeps burning.,Physical,{made.CategorySlug},true,{made.Sku},Finish=Brass,31.50,,EUR", row);
        Assert.Equal("SUCCEEDED", (string?)same["status"]);
        Assert.Equal((0, 0), ((int)same["productsCreated"]!, (int)same["variantsCreated"]!));
        Assert.Equal(csv, (string?)second["data"]!["exportCatalogCsv"]!["csv"]);
        Assert.Equal("SUCCEEDED", (string?)repriced["status"]);
        Assert.Equal((0, 0), ((int)repriced["productsCreated"]!, (int)repriced["variantsCreated"]!));
        Assert.Equal("27.00", (string?)(await StorefrontProductAsync(client, made.Slug))!["variants"]![0]!["price"]!["amount"]);
        Assert.Equal(edited, (string?)third["data"]!["exportCatalogCsv"]!["csv"]);
        Assert.Equal((int)first["data"]!["exportCatalogCsv"]!["rows"]!, (int)third["data"]!["exportCatalogCsv"]!["rows"]!);
    }
}
