using System.Text.Json.Nodes;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;
using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Tests.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Inventory;

/// <summary>
/// Inventory through <c>/admin/graphql</c> on a real database with the demo catalog: the ledger behind every
/// stock change, each caller kind, concurrent requests, transfers, <c>stock.low</c> to a real signed-webhook
/// receiver and the storefront's stock after an admin change.
/// </summary>
public abstract class InventoryContract
{
    protected const string WebhookPath = "stock";

    private const string Movement = "movements { id delta onHandBefore onHandAfter reason actorKind actorId note reference operationId } levels { location { code } onHand allocated available } replayed errors { code field }";

    protected abstract HeadlessApiFactory Factory { get; }

    internal abstract WebhookReceiver Receiver { get; }

    /// <summary>Settings shared by both databases: the demo catalog, and the feed and webhook sweeps fast, with one endpoint for <c>stock.low</c>.</summary>
    internal static Dictionary<string, string> Settings(WebhookReceiver receiver) => new()
    {
        ["Database:SeedDemoCatalog"] = "true",
        ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
        ["Integrations:Feed:Interval"] = "00:00:00.050",
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:AllowInsecureTargets"] = "true",
        [$"Webhooks:Endpoints:{WebhookPath}:Url"] = receiver.Url(WebhookPath),
        [$"Webhooks:Endpoints:{WebhookPath}:Secret"] = WebhookReceiver.Secret,
        [$"Webhooks:Endpoints:{WebhookPath}:Events:0"] = IntegratorEventTypes.StockLow,
    };

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@shop.test";

    private async Task<string> StaffAsync(StaffRole role)
    {
        var email = Email(role.ToString().ToLowerInvariant());
        return await Factory.CreateClient().StaffTokenAsync(email, await Factory.CreateStaffAsync(email, role));
    }

    /// <summary>A physical variant with nothing allocated and at least 10 units at each of the two demo warehouses.</summary>
    private async Task<(string VariantId, string Sku, string First, string Second)> StockedVariantAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var levels = await db.StockLevels.AsNoTracking().ToListAsync();
        var variant = levels.GroupBy(l => l.VariantId).First(g => g.Count() == 2 && g.All(l => l.Allocated == 0 && l.OnHand >= 10)).Key;
        var sku = await db.ProductVariants.Where(v => v.Id == variant).Select(v => v.Sku).SingleAsync();
        var locations = await db.StockLocations.AsNoTracking().OrderBy(l => l.Code).Select(l => l.Id).ToListAsync();
        // The location IDs an admin client holds: the global IDs `stockLocations` answers.
        return (Headless.Api.Storefront.GlobalId.Encode("ProductVariant", variant), sku,
            Headless.Api.Storefront.GlobalId.Encode("StockLocation", locations[0]), Headless.Api.Storefront.GlobalId.Encode("StockLocation", locations[1]));
    }

    private static async Task<JsonObject> DataAsync(HttpClient client, string token, string query, object? variables = null)
    {
        var (_, body) = await client.AdminAsync(query, variables, bearer: token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!.AsObject();
    }

    private static Task<(System.Net.HttpStatusCode, JsonObject)> ReceiveAsync(HttpClient client, string variant, string location, int quantity, string key, string? bearer = null, string? apiKey = null) =>
        client.AdminAsync(
            $"mutation ($input: ReceiveStockInput!) {{ receiveStock(input: $input) {{ {Movement} }} }}",
            new { input = new { variantId = variant, locationId = location, quantity, idempotencyKey = key, note = "supplier A", reference = "PO-1" } },
            bearer, apiKey);

    private static async Task<JsonArray> DriftAsync(HttpClient client, string token) =>
        (await DataAsync(client, token, "{ stockLedgerDrift { variantId locationId onHand ledgerOnHand } }"))["stockLedgerDrift"]!.AsArray();

    private static async Task<Dictionary<string, int>> OnHandAsync(HttpClient client, string token, string variant) =>
        (await DataAsync(client, token, "query ($v: ID!) { stockLevels(variantId: $v) { location { id } onHand } }", new { v = variant }))["stockLevels"]!.AsArray()
            .ToDictionary(l => (string)l!["location"]!["id"]!, l => (int)l!["onHand"]!);

    [Fact]
    public async Task ReceiveAdjustAndTransferEachWriteLedgerRowsWithBeforeAndAfterAndARepeatedKeyMovesNothing()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, _, first, second) = await StockedVariantAsync();
        var start = await OnHandAsync(client, owner, variant);

        var (_, received) = await ReceiveAsync(client, variant, first, 5, "r-1", owner);
        var (_, repeated) = await ReceiveAsync(client, variant, first, 5, "r-1", owner);
        var adjusted = await DataAsync(client, owner,
            $"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{first}\", quantity: -2, reason: DAMAGED, note: \"dropped\", idempotencyKey: \"a-1\" }}) {{ {Movement} }} }}");
        var counted = await DataAsync(client, owner,
            $"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{second}\", countedOnHand: 4, reason: STOCKTAKE, idempotencyKey: \"c-1\" }}) {{ {Movement} }} }}");
        var transferred = await DataAsync(client, owner,
            $"mutation {{ transferStock(input: {{ variantId: \"{variant}\", fromLocationId: \"{first}\", toLocationId: \"{second}\", quantity: 3, idempotencyKey: \"t-1\" }}) {{ {Movement} }} }}");

        var r = received["data"]!["receiveStock"]!;
        Assert.Empty(r["errors"]!.AsArray());
        Assert.False((bool)r["replayed"]!);
        var row = r["movements"]![0]!;
        Assert.Equal((5, start[first], start[first] + 5, "RECEIVED", "staff", "PO-1"), ((int)row["delta"]!, (int)row["onHandBefore"]!, (int)row["onHandAfter"]!, (string)row["reason"]!, (string)row["actorKind"]!, (string)row["reference"]!));
        Assert.True((bool)repeated["data"]!["receiveStock"]!["replayed"]!);
        Assert.Equal((string)row["id"]!, (string)repeated["data"]!["receiveStock"]!["movements"]![0]!["id"]!);

        var damaged = adjusted["adjustStock"]!["movements"]![0]!;
        Assert.Equal((-2, start[first] + 3, "DAMAGED", "dropped"), ((int)damaged["delta"]!, (int)damaged["onHandAfter"]!, (string)damaged["reason"]!, (string)damaged["note"]!));
        var count = counted["adjustStock"]!["movements"]![0]!;
        Assert.Equal((4 - start[second], 4), ((int)count["delta"]!, (int)count["onHandAfter"]!));

        var legs = transferred["transferStock"]!["movements"]!.AsArray();
        Assert.Equal(["TRANSFER_OUT", "TRANSFER_IN"], legs.Select(l => (string)l!["reason"]!));
        Assert.Equal([-3, 3], legs.Select(l => (int)l!["delta"]!));
        Assert.Equal((string)legs[0]!["operationId"]!, (string)legs[1]!["operationId"]!);

        var now = await OnHandAsync(client, owner, variant);
        Assert.Equal(start[first] + 5 - 2 - 3, now[first]);
        Assert.Equal(4 + 3, now[second]);
        var ledger = (await DataAsync(client, owner, "query ($v: ID!) { stockMovements(first: 100, where: { variantId: $v }) { nodes { delta reason } hasNextPage } }", new { v = variant }))["stockMovements"]!;
        Assert.Equal(["TRANSFER_IN", "TRANSFER_OUT", "STOCKTAKE", "DAMAGED", "RECEIVED", "OPENING_BALANCE", "OPENING_BALANCE"], ledger["nodes"]!.AsArray().Select(n => (string)n!["reason"]!));
        Assert.Empty(await DriftAsync(client, owner));
    }

    [Fact]
    public async Task EachKindOfCallerGetsWhatItsPermissionsAllowOnInventory()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var fulfillment = await StaffAsync(StaffRole.Fulfillment);
        var support = await StaffAsync(StaffRole.Support);
        var (_, keyBody) = await client.AdminAsync(
            "mutation { createApiKey(input: { name: \"wms\", permissions: [\"inventory:read\", \"inventory:write\"] }) { secret } }", bearer: owner);
        var key = (string)keyBody["data"]!["createApiKey"]!["secret"]!;
        var (_, customer) = await Factory.IssueAsync(Guid.NewGuid().ToString());
        var (variant, _, first, _) = await StockedVariantAsync();

        var (_, asOwner) = await ReceiveAsync(client, variant, first, 1, "k-owner", owner);
        var (_, asFulfillment) = await ReceiveAsync(client, variant, first, 1, "k-fulfil", fulfillment);
        var (_, asKey) = await ReceiveAsync(client, variant, first, 1, "k-key", apiKey: key);
        var (_, asSupport) = await ReceiveAsync(client, variant, first, 1, "k-support", support);
        var (_, asCustomer) = await ReceiveAsync(client, variant, first, 1, "k-customer", customer.Token);
        var (_, asAnonymous) = await ReceiveAsync(client, variant, first, 1, "k-anon");
        var (_, supportReads) = await client.AdminAsync("{ stockLocations { code } }", bearer: support);

        Assert.Equal("staff", (string?)asOwner["data"]!["receiveStock"]!["movements"]![0]!["actorKind"]);
        Assert.Equal("staff", (string?)asFulfillment["data"]!["receiveStock"]!["movements"]![0]!["actorKind"]);
        Assert.Equal("api_key", (string?)asKey["data"]!["receiveStock"]!["movements"]![0]!["actorKind"]);
        Assert.Equal("FORBIDDEN", asSupport.ErrorCode());
        Assert.Equal("""["receiveStock"]""", asSupport["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal("FORBIDDEN", asCustomer.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", asAnonymous.ErrorCode());
        Assert.NotNull(asAnonymous["errors"]![0]!["locations"]);
        Assert.Equal("FORBIDDEN", supportReads.ErrorCode());
        Assert.Empty(await DriftAsync(client, owner));
    }

    [Fact]
    public async Task ManyConcurrentAdjustmentsKeepOnHandEqualToTheSumOfTheLedger()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, _, first, second) = await StockedVariantAsync();
        var start = await OnHandAsync(client, owner, variant);

        // 48 requests at once: receipts, removals (some refused once stock runs short) and transfers both ways.
        var requests = Enumerable.Range(0, 48).Select(i => (i % 4) switch
        {
            0 => client.AdminAsync($"mutation {{ receiveStock(input: {{ variantId: \"{variant}\", locationId: \"{first}\", quantity: 2, idempotencyKey: \"c{i}\" }}) {{ movements {{ delta }} errors {{ code }} }} }}", bearer: owner),
            1 => client.AdminAsync($"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{second}\", quantity: -3, reason: LOST, idempotencyKey: \"c{i}\" }}) {{ movements {{ delta }} errors {{ code }} }} }}", bearer: owner),
            2 => client.AdminAsync($"mutation {{ transferStock(input: {{ variantId: \"{variant}\", fromLocationId: \"{first}\", toLocationId: \"{second}\", quantity: 1, idempotencyKey: \"c{i}\" }}) {{ movements {{ delta }} errors {{ code }} }} }}", bearer: owner),
            _ => client.AdminAsync($"mutation {{ transferStock(input: {{ variantId: \"{variant}\", fromLocationId: \"{second}\", toLocationId: \"{first}\", quantity: 2, idempotencyKey: \"c{i}\" }}) {{ movements {{ delta }} errors {{ code }} }} }}", bearer: owner),
        }).ToList();
        var answers = await Task.WhenAll(requests);

        Assert.All(answers, a => Assert.True(a.Body["errors"] is null, a.Body.ToJsonString()));
        var payloads = answers.Select(a => a.Body["data"]!.AsObject().First().Value!).ToList();
        Assert.All(payloads, p => Assert.True(p["errors"]!.AsArray().Select(e => (string)e!["code"]!).All(c => c == "INSUFFICIENT_STOCK"), p.ToJsonString()));
        var applied = payloads.SelectMany(p => p["movements"]!.AsArray()).Sum(m => (int)m!["delta"]!);
        var now = await OnHandAsync(client, owner, variant);
        Assert.Equal(start[first] + start[second] + applied, now[first] + now[second]);
        Assert.True(now.Values.All(v => v >= 0));
        Assert.Empty(await DriftAsync(client, owner));
    }

    [Fact]
    public async Task ConcurrentTransfersNeverOverdrawTheSourceAndARefusedTransferMovesNothing()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, _, first, second) = await StockedVariantAsync();
        await DataAsync(client, owner, $"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{first}\", countedOnHand: 10, reason: STOCKTAKE, idempotencyKey: \"set\" }}) {{ errors {{ code }} }} }}");
        var before = await OnHandAsync(client, owner, variant);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.AdminAsync(
            $"mutation {{ transferStock(input: {{ variantId: \"{variant}\", fromLocationId: \"{first}\", toLocationId: \"{second}\", quantity: 3, idempotencyKey: \"t{i}\" }}) {{ movements {{ delta }} errors {{ code field }} }} }}",
            bearer: owner)));
        var (_, same) = await client.AdminAsync(
            $"mutation {{ transferStock(input: {{ variantId: \"{variant}\", fromLocationId: \"{first}\", toLocationId: \"{first}\", quantity: 1, idempotencyKey: \"same\" }}) {{ errors {{ code field }} }} }}", bearer: owner);

        var payloads = answers.Select(a => a.Body["data"]!["transferStock"]!).ToList();
        Assert.Equal(3, payloads.Count(p => p["movements"]!.AsArray().Count == 2));
        Assert.Equal(5, payloads.Count(p => p["errors"]!.ToJsonString() == """[{"code":"INSUFFICIENT_STOCK","field":"quantity"}]""" && p["movements"]!.AsArray().Count == 0));
        Assert.Equal("""[{"code":"SAME_LOCATION","field":"toLocationId"}]""", same["data"]!["transferStock"]!["errors"]!.ToJsonString());
        var after = await OnHandAsync(client, owner, variant);
        Assert.Equal(1, after[first]);
        Assert.Equal(before[second] + 9, after[second]);
        Assert.Empty(await DriftAsync(client, owner));
    }

    [Fact]
    public async Task CrossingBelowTheThresholdSendsOneSignedStockLowWebhookPerCrossing()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, sku, first, _) = await StockedVariantAsync();
        var total = (await OnHandAsync(client, owner, variant)).Values.Sum();
        string Adjust(int quantity, string key) =>
            $"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{first}\", quantity: {quantity}, reason: CORRECTION, idempotencyKey: \"{key}\" }}) {{ errors {{ code }} }} }}";

        var set = await DataAsync(client, owner, $"mutation {{ setLowStockThreshold(input: {{ variantId: \"{variant}\", threshold: {total - 1} }}) {{ threshold isLow errors {{ code }} }} }}");
        await DataAsync(client, owner, Adjust(-2, "down-1")); // crosses: total - 2 < total - 1
        await DataAsync(client, owner, Adjust(-1, "down-2")); // still below: no new event
        await DataAsync(client, owner, Adjust(5, "up"));      // back above
        await DataAsync(client, owner, Adjust(-4, "down-3")); // crosses again: total - 2

        Assert.Equal("""{"threshold":THRESHOLD,"isLow":false,"errors":[]}""".Replace("THRESHOLD", (total - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), set["setLowStockThreshold"]!.ToJsonString());
        await Receiver.WaitUntilAsync(r => r.On(WebhookPath).Count >= 2, TimeSpan.FromSeconds(30));
        await Task.Delay(500); // a third (wrong) delivery would arrive within a few sweeps
        var received = Receiver.On(WebhookPath);
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.True(r.SignatureValid));
        var bodies = received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.All(bodies, b => Assert.Equal(("stock.low", 1, sku, total - 1), ((string)b["type"]!, (int)b["version"]!, (string)b["data"]!["sku"]!, (int)b["data"]!["threshold"]!)));
        Assert.Equal([total - 2, total - 2], bodies.Select(b => (int)b["data"]!["onHand"]!));
        Assert.Equal(2, received.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task AnAdminAdjustmentShowsInTheStorefrontStockAtOnce()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, sku, first, _) = await StockedVariantAsync();
        var query = $"{{ variant(sku: \"{sku}\") {{ availability {{ quantity }} }} }}";
        var before = (int)(await client.DataAsync(query))["variant"]!["availability"]!["quantity"]!;

        await DataAsync(client, owner, $"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{first}\", quantity: -4, reason: DAMAGED, idempotencyKey: \"sf\" }}) {{ errors {{ code }} }} }}");
        var after = (int)(await client.DataAsync(query))["variant"]!["availability"]!["quantity"]!;

        Assert.Equal(before - 4, after);
    }

    [Fact]
    public async Task LocationsAreCreatedRenamedAndGivenCapabilitiesWithTypedErrors()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        const string Fields = "stockLocation { id code name pickup shipping } errors { code field }";

        var created = (await DataAsync(client, owner, $"mutation {{ createStockLocation(input: {{ code: \"SHOP-AMS\", name: \"Amsterdam shop\", pickup: true }}) {{ {Fields} }} }}"))["createStockLocation"]!;
        var duplicate = (await DataAsync(client, owner, $"mutation {{ createStockLocation(input: {{ code: \"SHOP-AMS\", name: \"Again\" }}) {{ {Fields} }} }}"))["createStockLocation"]!;
        var badCode = (await DataAsync(client, owner, $"mutation {{ createStockLocation(input: {{ code: \"shop ams\", name: \"Bad\" }}) {{ {Fields} }} }}"))["createStockLocation"]!;
        var id = (string)created["stockLocation"]!["id"]!;
        var renamed = (await DataAsync(client, owner, $"mutation {{ renameStockLocation(input: {{ id: \"{id}\", name: \"Amsterdam store\" }}) {{ {Fields} }} }}"))["renameStockLocation"]!;
        var capabilities = (await DataAsync(client, owner, $"mutation {{ setStockLocationCapabilities(input: {{ id: \"{id}\", pickup: false, shipping: false }}) {{ {Fields} }} }}"))["setStockLocationCapabilities"]!;
        var missing = (await DataAsync(client, owner, $"mutation {{ renameStockLocation(input: {{ id: \"{Guid.NewGuid()}\", name: \"x\" }}) {{ {Fields} }} }}"))["renameStockLocation"]!;
        var listed = (await DataAsync(client, owner, "{ stockLocations { code name pickup shipping } }"))["stockLocations"]!;

        Assert.Equal("""{"code":"SHOP-AMS","name":"Amsterdam shop","pickup":true,"shipping":true}""", JsonWithout(created["stockLocation"]!, "id"));
        Assert.Equal("""[{"code":"DUPLICATE_CODE","field":"code"}]""", duplicate["errors"]!.ToJsonString());
        Assert.Equal("""[{"code":"INVALID_INPUT","field":"code"}]""", badCode["errors"]!.ToJsonString());
        Assert.Equal("Amsterdam store", (string?)renamed["stockLocation"]!["name"]);
        Assert.Equal((false, false), ((bool)capabilities["stockLocation"]!["pickup"]!, (bool)capabilities["stockLocation"]!["shipping"]!));
        Assert.Equal("""[{"code":"NOT_FOUND","field":"id"}]""", missing["errors"]!.ToJsonString());
        Assert.Equal(["SHOP-AMS", "WH-RTM", "WH-SHA"], listed.AsArray().Select(l => (string)l!["code"]!));
    }

    [Fact]
    public async Task BadStockInputsAreTypedErrorsAndAForeignCursorIsInvalid()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, _, first, _) = await StockedVariantAsync();

        var (_, unknownVariant) = await ReceiveAsync(client, Headless.Api.Storefront.GlobalId.Encode("ProductVariant", Guid.NewGuid()), first, 1, "u-1", owner);
        var (_, unknownLocation) = await ReceiveAsync(client, variant, Guid.NewGuid().ToString(), 1, "u-2", owner);
        var (_, zero) = await ReceiveAsync(client, variant, first, 0, "u-3", owner);
        var (_, below) = await client.AdminAsync(
            $"mutation {{ adjustStock(input: {{ variantId: \"{variant}\", locationId: \"{first}\", quantity: -100000, reason: LOST, idempotencyKey: \"u-4\" }}) {{ errors {{ code field }} }} }}", bearer: owner);
        var (_, reused) = await ReceiveAsync(client, variant, Guid.NewGuid().ToString(), 1, "u-3", owner);
        var (_, cursor) = await client.AdminAsync("{ stockMovements(after: \"bm9wZQ\") { nodes { id } } }", bearer: owner);

        Assert.Equal("""[{"code":"NOT_FOUND","field":"variantId"}]""", unknownVariant["data"]!["receiveStock"]!["errors"]!.ToJsonString());
        Assert.Equal("""[{"code":"NOT_FOUND","field":"locationId"}]""", unknownLocation["data"]!["receiveStock"]!["errors"]!.ToJsonString());
        Assert.Equal("""[{"code":"INVALID_QUANTITY","field":"quantity"}]""", zero["data"]!["receiveStock"]!["errors"]!.ToJsonString());
        Assert.Equal("""[{"code":"INSUFFICIENT_STOCK","field":"quantity"}]""", below["data"]!["adjustStock"]!["errors"]!.ToJsonString());
        Assert.Equal("""[{"code":"NOT_FOUND","field":"locationId"}]""", reused["data"]!["receiveStock"]!["errors"]!.ToJsonString());
        Assert.Equal("INVALID_CURSOR", cursor.ErrorCode());
        Assert.Equal("""["stockMovements"]""", cursor["errors"]![0]!["path"]!.ToJsonString());
    }

    [Fact]
    public async Task TheLedgerPagesNewestFirstByKeysetCursor()
    {
        var client = Factory.CreateClient();
        var owner = await StaffAsync(StaffRole.Owner);
        var (variant, _, first, _) = await StockedVariantAsync();
        for (var i = 1; i <= 3; i++)
        {
            await ReceiveAsync(client, variant, first, i, $"p-{i}", owner);
        }

        const string Page = "query ($v: ID!, $after: String) { stockMovements(first: 2, after: $after, where: { variantId: $v, reason: RECEIVED }) { edges { cursor node { delta } } endCursor hasNextPage } }";
        var one = (await DataAsync(client, owner, Page, new { v = variant, after = (string?)null }))["stockMovements"]!;
        var two = (await DataAsync(client, owner, Page, new { v = variant, after = (string)one["endCursor"]! }))["stockMovements"]!;

        Assert.Equal([3, 2], one["edges"]!.AsArray().Select(e => (int)e!["node"]!["delta"]!));
        Assert.True((bool)one["hasNextPage"]!);
        Assert.Equal([1], two["edges"]!.AsArray().Select(e => (int)e!["node"]!["delta"]!));
        Assert.False((bool)two["hasNextPage"]!);
    }

    private static string JsonWithout(JsonNode node, string property)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(property);
        return copy.ToJsonString();
    }
}
