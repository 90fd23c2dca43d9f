using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// What a storefront developer sees for each common mistake — malformed documents, wrong arguments and variables,
/// limits, unknown ids, and the typed errors of the checkout mutations — kept whole in a committed snapshot
/// (<c>__snapshots__</c>). A changed message, code, path or location then shows up in review as a diff of that
/// file instead of passing silently. After an intended change, run the test once with
/// <c>HEADLESS_UPDATE_SNAPSHOTS=1</c> to write the file again, and commit it with the change.
/// </summary>
public sealed class StorefrontErrorCatalogueTests(SqliteStorefront database) : IClassFixture<SqliteStorefront>
{
    [Fact]
    public async Task EveryCommonMistakeAnswersTheRecordedMessageCodePathAndLocations()
    {
        using var client = database.Factory.CreateClient();
        var variantId = await FirstPhysicalVariantIdAsync(client);
        var cartId = (string)(await client.DataAsync("mutation { createCart { cart { id } } }"))["createCart"]!["cart"]!["id"]!;
        var placeholders = new Dictionary<string, string> { [cartId] = "<cartId>", [variantId] = "<variantId>" };

        var catalogue = new JObject();
        foreach (var (name, body) in Requests(cartId, variantId))
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/graphql", content);
            var text = await response.Content.ReadAsStringAsync();
            foreach (var (value, placeholder) in placeholders)
            {
                text = text.Replace(value, placeholder, StringComparison.Ordinal);
            }

            catalogue[name] = new JObject
            {
                ["status"] = (int)response.StatusCode,
                ["body"] = WithoutVolatileFields(JToken.Parse(text)),
            };
        }

        if (Environment.GetEnvironmentVariable("HEADLESS_UPDATE_SNAPSHOTS") == "1")
        {
            if (File.Exists(SnapshotFile()))
            {
                File.Delete(SnapshotFile());
            }
        }
        else
        {
            // Snapshooter writes a missing snapshot and passes; without the committed file nothing would be compared.
            Assert.True(File.Exists(SnapshotFile()), $"The committed snapshot {SnapshotFile()} is missing; write it with HEADLESS_UPDATE_SNAPSHOTS=1.");
        }

        Snapshot.Match(catalogue);
    }

    /// <summary>Each request as its raw HTTP body, so malformed JSON can be sent too.</summary>
    private static IEnumerable<(string Name, string Body)> Requests(string cartId, string variantId)
    {
        static string Json(string query, object? variables = null) =>
            new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables)) }.ToJsonString();

        yield return ("body is not JSON", "{\"query\": ");
        yield return ("no query", "{}");
        yield return ("syntax error", Json("{ products(first: 2) { nodes { name }"));
        yield return ("unknown field", Json("{ products(first: 2) { nodes { nam } } }"));
        yield return ("argument of the wrong type", Json("{ products(first: \"two\") { nodes { name } } }"));
        yield return ("required variable missing", Json("query Product($slug: String!) { product(slug: $slug) { name } }"));
        yield return ("variable of the wrong type", Json("query Page($n: Int) { products(first: $n) { nodes { name } } }", new { n = "ten" }));
        yield return ("page size over the maximum", Json("{ products(first: 1000000) { nodes { name } } }"));
        yield return ("malformed global id", Json("{ node(id: \"not-an-id\") { id } }"));
        yield return ("unknown cart", Json(
            "mutation Add($input: AddCartLinesInput!) { addCartLines(input: $input) { cart { id } errors { code message path } } }",
            new { input = new { cartId = "Q2FydDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA=", lines = new[] { new { variantId, quantity = 1 } } } }));
        yield return ("quantity over the limit", Json(
            "mutation Add($input: AddCartLinesInput!) { addCartLines(input: $input) { cart { id } errors { code message path } } }",
            new { input = new { cartId, lines = new[] { new { variantId, quantity = 1000 } } } }));
        yield return ("address in an unknown country", Json(
            "mutation Address($input: SetCartAddressInput!) { setCartShippingAddress(input: $input) { errors { code message path field } } }",
            new { input = new { cartId, address = new { firstName = "Ada", lastName = "Lovelace", line1 = "1 Main St", city = "Springfield", postalCode = "12345", countryCode = "XX" } } }));
        yield return ("unknown shipping method", Json(
            "mutation Ship($input: SetCartShippingMethodInput!) { setCartShippingMethod(input: $input) { errors { code message path } } }",
            new { input = new { cartId, code = "TELEPORT" } }));
        yield return ("unsupported payment method", Json(
            "mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { order { number } errors { code message path } } }",
            new { input = new { cartId, payment = new { method = "barter" }, idempotencyKey = "error-catalogue-1" } }));
        yield return ("placing an empty cart", Json(
            "mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { order { number } errors { code message path } } }",
            new { input = new { cartId, payment = new { method = "card", token = "tok_approve" }, idempotencyKey = "error-catalogue-2" } }));
    }

    private static async Task<string> FirstPhysicalVariantIdAsync(HttpClient client)
    {
        var data = await client.DataAsync("{ products(first: 50) { nodes { requiresShipping variants { id } } } }");
        return data["products"]!["nodes"]!.AsArray()
            .First(p => (bool)p!["requiresShipping"]!)!["variants"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>Request ids and retry hints differ on every run; what they are for is kept, their values are not.</summary>
    private static JToken WithoutVolatileFields(JToken token)
    {
        foreach (var property in token.SelectTokens("$..requestId").Concat(token.SelectTokens("$..retryAfter")).ToList())
        {
            property.Replace("<volatile>");
        }

        return token;
    }

    private static string SnapshotFile([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "__snapshots__", $"{nameof(StorefrontErrorCatalogueTests)}.{nameof(EveryCommonMistakeAnswersTheRecordedMessageCodePathAndLocations)}.snap");
}
