using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;

namespace Headless.Api.Tests.Admin.Catalog;

/// <summary>
/// Catalog management through <c>/admin/graphql</c> on a real database, checked through the storefront's
/// <c>/graphql</c> where shoppers would see the change. Each test makes its own categories, slugs and SKUs.
/// </summary>
public abstract class CatalogAdminContract
{
    private const string ProductFields = "id slug name status categoryId deletedAt variants { id sku price { amount currency } compareAtPrice { amount } options { name value } scheduledPrices { price { amount } effectiveAt } } images { url position } attributes { name value }";

    protected abstract HeadlessApiFactory Factory { get; }

    private static string Unique(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 13)];

    private async Task<string> OwnerTokenAsync(HttpClient client, StaffRole role = StaffRole.Owner)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@shop.test";
        return await client.StaffTokenAsync(email, await Factory.CreateStaffAsync(email, role));
    }

    private static async Task<JsonObject> MutateAsync(HttpClient client, string field, string inputType, object input, string selection, string? bearer = null, string? apiKey = null)
    {
        var (_, body) = await client.AdminAsync($"mutation ($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message field }} }} }}", new { input }, bearer, apiKey);
        return body;
    }

    private static async Task<string> CategoryAsync(HttpClient client, string token, string? parentId = null)
    {
        var body = await MutateAsync(client, "createCategory", "CreateCategoryInput", new { slug = Unique("cat"), name = "Phones", parentId }, "category { id }", token);
        return (string?)body["data"]?["createCategory"]?["category"]?["id"] ?? throw new InvalidOperationException(body.ToJsonString());
    }

    private static Task<JsonObject> CreateProductAsync(HttpClient client, string token, string categoryId, string slug, string sku, bool published = true, string? key = null) =>
        MutateAsync(client, "createProduct", "CreateProductInput", new
        {
            slug,
            name = "Nimbus Phone",
            description = "A phone.",
            categoryId,
            published,
            idempotencyKey = key,
            images = new[] { new { url = "https://cdn.shop.test/a.jpg", altText = "Front" }, new { url = "https://cdn.shop.test/b.jpg", altText = "Back" } },
            attributes = new[] { new { name = "Brand", value = "Nimbus" } },
            variants = new[] { new { sku, price = new { amount = "199.00", currency = "EUR" }, options = new[] { new { name = "Colour", value = "Black" } } } },
        }, $"product {{ {ProductFields} }}", token);

    private static async Task<JsonNode?> StorefrontProductAsync(HttpClient client, string slug)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query ($slug: String!) { product(slug: $slug) { name variants { price { amount } } } }", variables = new { slug } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);
        return body["data"]!["product"];
    }

    private static async Task<string> KeyAsync(HttpClient client, string ownerToken, params string[] permissions)
    {
        var body = await MutateAsync(client, "createApiKey", "CreateApiKeyInput", new { name = "catalog sync", permissions }, "secret", ownerToken);
        return (string?)body["data"]?["createApiKey"]?["secret"] ?? throw new InvalidOperationException(body.ToJsonString());
    }

    [Fact]
    public async Task EachKindOfCallerGetsWhatItsCatalogPermissionsAllow()
    {
        var client = Factory.CreateClient();
        var owner = await OwnerTokenAsync(client);
        var catalogStaff = await OwnerTokenAsync(client, StaffRole.Catalog);
        var support = await OwnerTokenAsync(client, StaffRole.Support);
        var key = await KeyAsync(client, owner, Permissions.CatalogRead, Permissions.CatalogWrite);
        var (_, customer) = await Factory.IssueAsync(Guid.NewGuid().ToString());
        var category = await CategoryAsync(client, owner);
        const string Create = "mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { slug } errors { code } } }";
        object Input() => new { input = new { slug = Unique("p"), name = "Thing", categoryId = category } };

        var (_, asOwner) = await client.AdminAsync(Create, Input(), bearer: owner);
        var (_, asCatalog) = await client.AdminAsync(Create, Input(), bearer: catalogStaff);
        var (_, asSupport) = await client.AdminAsync(Create, Input(), bearer: support);
        var (_, asKey) = await client.AdminAsync(Create, Input(), apiKey: key);
        var (_, asCustomer) = await client.AdminAsync(Create, Input(), bearer: customer.Token);
        var (_, asAnonymous) = await client.AdminAsync(Create, Input());
        var (_, supportReads) = await client.AdminAsync("{ categories { id } }", bearer: support);

        Assert.Empty(asOwner["data"]!["createProduct"]!["errors"]!.AsArray());
        Assert.Empty(asCatalog["data"]!["createProduct"]!["errors"]!.AsArray());
        Assert.Empty(asKey["data"]!["createProduct"]!["errors"]!.AsArray());
        Assert.Equal("FORBIDDEN", asSupport.ErrorCode());
        Assert.Equal("""["createProduct"]""", asSupport["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal("FORBIDDEN", asCustomer.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", asAnonymous.ErrorCode());
        Assert.Null(supportReads["errors"]); // support holds catalog:read
    }

    [Fact]
    public async Task ADraftIsHiddenUntilPublishedAndADeletedProductIsHiddenAndFrozen()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var category = await CategoryAsync(client, token);
        var slug = Unique("draft");
        var key = Guid.NewGuid().ToString();

        var created = await CreateProductAsync(client, token, category, slug, Unique("SKU"), published: false, key: key);
        var repeated = await CreateProductAsync(client, token, category, slug, Unique("SKU"), published: false, key: key);
        var product = created["data"]!["createProduct"]!["product"]!;
        var id = (string)product["id"]!;
        Assert.Equal("DRAFT", (string?)product["status"]);
        Assert.Equal(id, (string?)repeated["data"]!["createProduct"]!["product"]!["id"]);
        Assert.Equal(["https://cdn.shop.test/a.jpg", "https://cdn.shop.test/b.jpg"], product["images"]!.AsArray().Select(i => (string)i!["url"]!));
        Assert.Null(await StorefrontProductAsync(client, slug));

        var published = await MutateAsync(client, "publishProduct", "ProductIdInput", new { id }, "product { status }", token);
        Assert.Equal("PUBLISHED", (string?)published["data"]!["publishProduct"]!["product"]!["status"]);
        Assert.Equal("Nimbus Phone", (string?)(await StorefrontProductAsync(client, slug))!["name"]);

        var renamed = await MutateAsync(client, "updateProduct", "UpdateProductInput", new { id, name = "Nimbus Phone 2", images = new[] { new { url = "ftp://nope", altText = "x" } } }, "product { name }", token);
        Assert.Equal("INVALID_IMAGE", (string?)renamed["data"]!["updateProduct"]!["errors"]![0]!["code"]);
        Assert.Equal("images", (string?)renamed["data"]!["updateProduct"]!["errors"]![0]!["field"]);
        renamed = await MutateAsync(client, "updateProduct", "UpdateProductInput", new { id, name = "Nimbus Phone 2" }, "product { name }", token);
        Assert.Equal("Nimbus Phone 2", (string?)(await StorefrontProductAsync(client, slug))!["name"]);

        var deleted = await MutateAsync(client, "deleteProduct", "ProductIdInput", new { id }, "product { status deletedAt }", token);
        var afterDelete = await MutateAsync(client, "updateProduct", "UpdateProductInput", new { id, name = "Back" }, "product { name }", token);
        var (_, list) = await client.AdminAsync("query ($c: ID) { products(first: 10, where: { status: DELETED, categoryId: $c }) { nodes { id } } }", new { c = category }, bearer: token);
        var (_, live) = await client.AdminAsync("query ($c: ID) { products(first: 10, where: { categoryId: $c }) { nodes { id } } }", new { c = category }, bearer: token);

        Assert.Equal("DELETED", (string?)deleted["data"]!["deleteProduct"]!["product"]!["status"]);
        Assert.Null(await StorefrontProductAsync(client, slug));
        Assert.Equal("PRODUCT_DELETED", (string?)afterDelete["data"]!["updateProduct"]!["errors"]![0]!["code"]);
        Assert.Equal(id, (string?)list["data"]!["products"]!["nodes"]![0]!["id"]);
        Assert.Empty(live["data"]!["products"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AnUnpublishedProductCannotBePutInACartUntilItIsPublishedAgain()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var slug = Unique("cart");
        var created = await CreateProductAsync(client, token, await CategoryAsync(client, token), slug, Unique("SKU"));
        var id = (string)created["data"]!["createProduct"]!["product"]!["id"]!;
        using var page = await client.PostAsJsonAsync("/graphql", new { query = "query ($slug: String!) { product(slug: $slug) { variants { id } } }", variables = new { slug } });
        var variantId = (string)JsonNode.Parse(await page.Content.ReadAsStringAsync())!["data"]!["product"]!["variants"]![0]!["id"]!;

        await MutateAsync(client, "unpublishProduct", "ProductIdInput", new { id }, "product { status }", token);
        var whileHidden = await CreateCartAsync(client, variantId);
        await MutateAsync(client, "publishProduct", "ProductIdInput", new { id }, "product { status }", token);
        var oncePublished = await CreateCartAsync(client, variantId);

        Assert.Equal("VARIANT_NOT_FOUND", (string?)whileHidden["errors"]![0]!["code"]);
        Assert.Empty((whileHidden["cart"]?["lines"] as JsonArray) ?? []);
        // Published again, the variant is known: what stops it now is only that a new product has no stock yet.
        Assert.Equal("INSUFFICIENT_STOCK", (string?)oncePublished["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task AdminCatalogIdsAreTheStorefrontsGlobalIdsAndTheOldBareUuidsStillWorkOnInput()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var slug = Unique("ids");
        var categoryId = await CategoryAsync(client, token);
        var created = await CreateProductAsync(client, token, categoryId, slug, Unique("IDS"));
        var product = created["data"]!["createProduct"]!["product"]!;
        var (id, variantId) = ((string)product["id"]!, (string)product["variants"]![0]!["id"]!);
        using var page = await client.PostAsJsonAsync("/graphql", new { query = "query ($slug: String!) { product(slug: $slug) { id variants { id } category { id } } }", variables = new { slug } });
        var storefront = JsonNode.Parse(await page.Content.ReadAsStringAsync())!["data"]!["product"]!;
        var bare = Headless.Api.Storefront.GlobalId.TryDecode(id)!.Value.Id.ToString();

        var (_, byBare) = await client.AdminAsync("query ($id: ID!) { product(id: $id) { id } }", new { id = bare }, bearer: token);
        var (_, byOtherType) = await client.AdminAsync("query ($id: ID!) { product(id: $id) { id } }", new { id = variantId }, bearer: token);
        var renamed = await MutateAsync(client, "updateProduct", "UpdateProductInput", new { id = bare, name = "Renamed by bare id" }, "product { id name }", token);

        Assert.Equal(((string?)storefront["id"], (string?)storefront["variants"]![0]!["id"], (string?)storefront["category"]!["id"]), (id, variantId, categoryId));
        Assert.Equal("Product", Headless.Api.Storefront.GlobalId.TryDecode(id)?.TypeName);
        Assert.Equal(categoryId, (string?)product["categoryId"]);
        Assert.Equal(id, (string?)byBare["data"]!["product"]!["id"]);
        Assert.Null(byOtherType["data"]!["product"]);
        Assert.Equal((id, "Renamed by bare id"), ((string?)renamed["data"]!["updateProduct"]!["product"]!["id"], (string?)renamed["data"]!["updateProduct"]!["product"]!["name"]));
    }

    private static async Task<JsonNode> CreateCartAsync(HttpClient client, string variantId)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "mutation ($v: ID!) { createCart(input: { lines: [{ variantId: $v, quantity: 1 }] }) { cart { id lines { quantity } } errors { code } } }",
            variables = new { v = variantId },
        });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["createCart"]!;
    }

    [Fact]
    public async Task RacingVariantsWithOneSkuLeaveExactlyOneAndTheOthersGetDuplicateSku()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var category = await CategoryAsync(client, token);
        var products = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            products.Add((string)(await CreateProductAsync(client, token, category, Unique("race"), Unique("OWN")))["data"]!["createProduct"]!["product"]!["id"]!);
        }

        var sku = Unique("RACE");
        var results = await Task.WhenAll(products.Select(p => MutateAsync(client, "addProductVariant", "AddProductVariantInput",
            new { productId = p, sku, price = new { amount = "10", currency = "EUR" }, options = new[] { new { name = "Colour", value = "Red" } } }, "product { id }", token)));
        var codes = results.Select(r => r["data"]!["addProductVariant"]!["errors"]!.AsArray().Select(e => (string)e!["code"]!).FirstOrDefault()).ToList();

        Assert.Single(codes, c => c is null);
        Assert.All(codes.Where(c => c is not null), c => Assert.Equal("DUPLICATE_SKU", c));
        var (_, found) = await client.AdminAsync("query ($s: String) { products(first: 10, where: { search: $s }) { nodes { id } } }", new { s = sku }, bearer: token);
        Assert.Single(found["data"]!["products"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task MovingACategoryUnderItsOwnDescendantIsRefusedAndTheTreeStaysAsItWas()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var top = await CategoryAsync(client, token);
        var child = await CategoryAsync(client, token, top);
        var grandchild = await CategoryAsync(client, token, child);

        var cycle = await MutateAsync(client, "moveCategory", "MoveCategoryInput", new { id = top, parentId = grandchild }, "category { id }", token);
        var self = await MutateAsync(client, "moveCategory", "MoveCategoryInput", new { id = child, parentId = child }, "category { id }", token);
        var moved = await MutateAsync(client, "moveCategory", "MoveCategoryInput", new { id = grandchild, parentId = (string?)null }, "category { id parentId }", token);
        var renamed = await MutateAsync(client, "updateCategory", "UpdateCategoryInput", new { id = child, name = "Tablets" }, "category { name }", token);
        var (_, tree) = await client.AdminAsync("{ categories { id children { id name children { id } } } }", bearer: token);

        Assert.Equal("CATEGORY_CYCLE", (string?)cycle["data"]!["moveCategory"]!["errors"]![0]!["code"]);
        Assert.Equal("parentId", (string?)cycle["data"]!["moveCategory"]!["errors"]![0]!["field"]);
        Assert.Equal("CATEGORY_CYCLE", (string?)self["data"]!["moveCategory"]!["errors"]![0]!["code"]);
        Assert.Null((string?)moved["data"]!["moveCategory"]!["category"]!["parentId"]);
        Assert.Equal("Tablets", (string?)renamed["data"]!["updateCategory"]!["category"]!["name"]);
        var roots = tree["data"]!["categories"]!.AsArray();
        var topNode = roots.Single(c => (string?)c!["id"] == top)!;
        Assert.Equal(child, (string?)topNode["children"]![0]!["id"]);
        Assert.Empty(topNode["children"]![0]!["children"]!.AsArray());
        Assert.Contains(roots, c => (string?)c!["id"] == grandchild);
    }

    [Fact]
    public async Task AScheduledPriceWaitsForItsTimeAndTheFirstReadAfterItAppliesIt()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var category = await CategoryAsync(client, token);
        var slug = Unique("sched");
        var product = (await CreateProductAsync(client, token, category, slug, Unique("SCH")))["data"]!["createProduct"]!["product"]!;
        var variantId = (string)product["variants"]![0]!["id"]!;
        var at = DateTimeOffset.UtcNow.AddSeconds(2);

        var past = await MutateAsync(client, "setVariantPrice", "SetVariantPriceInput", new { variantId, price = new { amount = "1", currency = "EUR" }, effectiveAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, "product { id }", token);
        var scheduled = await MutateAsync(client, "setVariantPrice", "SetVariantPriceInput",
            new { variantId, price = new { amount = "149.00", currency = "EUR" }, compareAtPrice = new { amount = "199.00", currency = "EUR" }, effectiveAt = at }, $"product {{ {ProductFields} }}", token);
        var before = scheduled["data"]!["setVariantPrice"]!["product"]!["variants"]![0]!;

        Assert.Equal("INVALID_SCHEDULE", (string?)past["data"]!["setVariantPrice"]!["errors"]![0]!["code"]);
        Assert.Equal("199.00", (string?)before["price"]!["amount"]);
        Assert.Equal("149.00", (string?)before["scheduledPrices"]![0]!["price"]!["amount"]);
        Assert.Equal("199.00", (string?)(await StorefrontProductAsync(client, slug))!["variants"]![0]!["price"]!["amount"]);

        await Task.Delay(at - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        var (_, read) = await client.AdminAsync($"query ($id: ID!) {{ product(id: $id) {{ {ProductFields} }} }}", new { id = (string)product["id"]! }, bearer: token);
        var after = read["data"]!["product"]!["variants"]![0]!;

        Assert.Equal("149.00", (string?)after["price"]!["amount"]);
        Assert.Equal("199.00", (string?)after["compareAtPrice"]!["amount"]);
        Assert.Empty(after["scheduledPrices"]!.AsArray());
        Assert.Equal("149.00", (string?)(await StorefrontProductAsync(client, slug))!["variants"]![0]!["price"]!["amount"]);
    }

    [Fact]
    public async Task ACsvWithOneBadRowImportsNothingAndNamesTheLineAndColumn()
    {
        var client = Factory.CreateClient();
        var token = await OwnerTokenAsync(client);
        var categoryId = await CategoryAsync(client, token);
        var (_, categories) = await client.AdminAsync("{ categories { id slug } }", bearer: token);
        var categorySlug = (string)categories["data"]!["categories"]!.AsArray().Single(c => (string?)c!["id"] == categoryId)!["slug"]!;
        var (a, b) = (Unique("csv-a"), Unique("csv-b"));
        var header = "product_slug,product_name,description,kind,category_slug,published,sku,options,price,compare_at_price,currency";
        string File(string badPrice) => $"{header}\r\n{a},\"Lamp, brass\",\"A \"\"warm\"\" lamp\",Physical,{categorySlug},true,{a.ToUpperInvariant()}-1,Colour=Brass,49.00,59.00,EUR\r\n"
            + $"{b},Chair,,Physical,{categorySlug},false,{b.ToUpperInvariant()}-1,,{badPrice},,EUR\r\n"
            + $"{a},\"Lamp, brass\",\"A \"\"warm\"\" lamp\",Physical,{categorySlug},true,{a.ToUpperInvariant()}-2,Colour=Black,49.00,,EUR\r\n";
        const string Import = "job { id status processed total productsCreated variantsCreated errors { line column code message } }";

        var refused = await MutateAsync(client, "importCatalogCsv", "ImportCatalogCsvInput", new { csv = File("twelve") }, Import, token);
        var job = refused["data"]!["importCatalogCsv"]!["job"]!;
        Assert.Equal("FAILED", (string?)job["status"]);
        Assert.Equal(3, (int)job["total"]!);
        var error = Assert.Single(job["errors"]!.AsArray())!;
        Assert.Equal(3, (int)error["line"]!);
        Assert.Equal("price", (string?)error["column"]);
        Assert.Null(await StorefrontProductAsync(client, a));
        var (_, none) = await client.AdminAsync("query ($c: ID) { products(first: 10, where: { categoryId: $c }) { nodes { id } } }", new { c = categoryId }, bearer: token);
        Assert.Empty(none["data"]!["products"]!["nodes"]!.AsArray());

        var key = Guid.NewGuid().ToString();
        var imported = await MutateAsync(client, "importCatalogCsv", "ImportCatalogCsvInput", new { csv = File("12.50"), idempotencyKey = key }, Import, token);
        var again = await MutateAsync(client, "importCatalogCsv", "ImportCatalogCsvInput", new { csv = File("12.50"), idempotencyKey = key }, Import, token);
        var done = imported["data"]!["importCatalogCsv"]!["job"]!;
        var (_, polled) = await client.AdminAsync("query ($id: ID!) { catalogImport(id: $id) { status processed total } }", new { id = (string)done["id"]! }, bearer: token);
        Assert.Equal("SUCCEEDED", (string?)done["status"]);
        Assert.Equal((2, 3), ((int)done["productsCreated"]!, (int)done["variantsCreated"]!));
        Assert.Equal((string?)done["id"], (string?)again["data"]!["importCatalogCsv"]!["job"]!["id"]);
        Assert.Equal(3, (int)polled["data"]!["catalogImport"]!["processed"]!);
        Assert.Equal("Lamp, brass", (string?)(await StorefrontProductAsync(client, a))!["name"]);
        Assert.Null(await StorefrontProductAsync(client, b)); // imported as a draft

        var (_, exported) = await client.AdminAsync("mutation { exportCatalogCsv { csv rows } }", bearer: token);
        var csv = (string)exported["data"]!["exportCatalogCsv"]!["csv"]!;
        Assert.StartsWith(header + "\r\n", csv, StringComparison.Ordinal);
        Assert.Contains($"{a},\"Lamp, brass\",\"A \"\"warm\"\" lamp\",Physical,{categorySlug},true,{a.ToUpperInvariant()}-1,Colour=Brass,49.00,59.00,EUR\r\n", csv, StringComparison.Ordinal);
    }
}
