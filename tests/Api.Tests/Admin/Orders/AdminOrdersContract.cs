using System.Text.Json.Nodes;
using Headless.Api.Admin;
using Headless.Api.Tests.Admin.Ids;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Orders;

/// <summary>
/// Staff work on orders through <c>/admin/graphql</c> on a real database with the demo catalog: the order list and
/// detail, hold/release (and the pipeline waiting for the release), shipping by hand, confirming delivery, internal
/// notes, each kind of caller, two staff racing on one order, and the audit trail all of it leaves.
/// </summary>
public abstract class AdminOrdersContract
{
    private const string OrderFields = "id number status onHold hold { reason heldBy } fulfillmentStatus paymentStatus customerEmail total { amount currency } lines { id sku quantity requiresShipping } shipments { number carrier trackingNumber status lines { orderLineId quantity } } events { sequence transition toStatus actor note } notes { text authorKind authorId }";

    private const string Hold = "mutation ($input: HoldOrderInput!) { holdOrder(input: $input) { replayed order { " + OrderFields + " } errors { code message field } } }";
    private const string Release = "mutation ($input: ReleaseOrderInput!) { releaseOrder(input: $input) { replayed order { onHold } errors { code field } } }";
    private const string Note = "mutation ($input: AddOrderNoteInput!) { addOrderNote(input: $input) { replayed note { text authorKind authorId } order { notes { text } } errors { code field } } }";
    private const string Ship = "mutation ($input: CreateShipmentInput!) { createShipment(input: $input) { replayed shipment { number carrier trackingNumber status } order { status trackingNumber: shipments { trackingNumber } } errors { code field } } }";
    private const string Deliver = "mutation ($input: MarkOrderDeliveredInput!) { markOrderDelivered(input: $input) { replayed order { status fulfillmentStatus shipments { status } events { transition actor } } errors { code field } } }";
    private const string Audit = "query ($where: AuditLogFilter, $after: String, $first: Int) { auditLog(where: $where, after: $after, first: $first) { nodes { id actorKind actorId action targetType targetId outcome errorCodes changes requestId clientAddress occurredAt } endCursor hasNextPage } }";

    protected abstract Task<WebApplicationFactory<Program>> StartAsync();

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@shop.test";

    private sealed record Callers(string Owner, string OwnerId, string Fulfillment, string FulfillmentId, string Support, string WriteKey, string ReadKey, string Customer);

    private static async Task<string> StaffAsync(WebApplicationFactory<Program> api, HttpClient client, StaffRole role)
    {
        var email = Email(role.ToString().ToLowerInvariant());
        return await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, role));
    }

    private static async Task<string> StaffIdAsync(HttpClient client, string token)
    {
        var (_, body) = await client.AdminAsync("{ viewer { ... on StaffMember { id } } }", bearer: token);
        return (string)body["data"]!["viewer"]!["id"]!;
    }

    private static async Task<string> KeyAsync(HttpClient client, string ownerToken, params string[] permissions)
    {
        var (_, body) = await client.AdminAsync(
            "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { code } } }",
            new { input = new { name = "erp-" + Guid.NewGuid().ToString("N")[..6], permissions } }, bearer: ownerToken);
        return (string)body["data"]!["createApiKey"]!["secret"]!;
    }

    private static async Task<Callers> CallersAsync(WebApplicationFactory<Program> api, HttpClient client)
    {
        var owner = await StaffAsync(api, client, StaffRole.Owner);
        var fulfillment = await StaffAsync(api, client, StaffRole.Fulfillment);
        var support = await StaffAsync(api, client, StaffRole.Support);
        var (_, customer) = await api.IssueAsync(Guid.NewGuid().ToString());
        return new Callers(
            owner, await StaffIdAsync(client, owner), fulfillment, await StaffIdAsync(client, fulfillment), support,
            await KeyAsync(client, owner, Permissions.OrdersRead, Permissions.OrdersWrite), await KeyAsync(client, owner, Permissions.OrdersRead), customer.Token);
    }

    /// <summary>A physical order placed through the storefront (payment authorized, stock allocated): its global ID.</summary>
    private static async Task<string> PlaceAsync(HttpClient client, int quantity = 1)
    {
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, quantity);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, quantity));
        CheckoutSteps.AssertNoErrors(placed);
        return placed["order"]!["id"]!.GetValue<string>();
    }

    private static Guid DatabaseId(string globalId) => Headless.Api.Storefront.GlobalId.Decode(globalId, "Order");

    /// <summary>Arranges what the pipeline (off in these hosts) would do: picking starts.</summary>
    private static async Task StartFulfillmentAsync(WebApplicationFactory<Program> api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == DatabaseId(orderId));
        order.Apply(OrderTransition.StartFulfillment, new TransitionRequest("test", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }

    private static JsonNode Payload(JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!;
    }

    private static async Task<JsonArray> AuditAsync(HttpClient client, string token, object where)
    {
        var (_, body) = await client.AdminAsync(Audit, new { where }, bearer: token);
        return Payload(body, "auditLog")["nodes"]!.AsArray();
    }

    [Fact]
    public async Task EachKindOfCallerGetsWhatItsPermissionsAllowOnEveryOrderAction()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var orderId = await PlaceAsync(client);
        var key = () => Guid.NewGuid().ToString();
        var actions = new (string Query, string Field, Func<object> Input)[]
        {
            (Hold, "holdOrder", () => new { orderId, reason = "Call the customer", idempotencyKey = key() }),
            (Release, "releaseOrder", () => new { orderId, idempotencyKey = key() }),
            (Note, "addOrderNote", () => new { orderId, text = "Asked for gift wrap", idempotencyKey = key() }),
            (Ship, "createShipment", () => new { orderId, carrier = "Courier", trackingNumber = key(), lines = Array.Empty<object>(), idempotencyKey = key() }),
            (Deliver, "markOrderDelivered", () => new { orderId, idempotencyKey = key() }),
        };

        foreach (var (query, field, input) in actions)
        {
            var (_, support) = await client.AdminAsync(query, new { input = input() }, bearer: callers.Support);
            var (_, readKey) = await client.AdminAsync(query, new { input = input() }, apiKey: callers.ReadKey);
            var (_, customer) = await client.AdminAsync(query, new { input = input() }, bearer: callers.Customer);
            var (_, anonymous) = await client.AdminAsync(query, new { input = input() });

            Assert.Equal("FORBIDDEN", support.ErrorCode());
            Assert.Equal($"[\"{field}\"]", support["errors"]![0]!["path"]!.ToJsonString());
            Assert.Equal("FORBIDDEN", readKey.ErrorCode());
            Assert.Equal("FORBIDDEN", customer.ErrorCode());
            Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode());
        }

        // Those allowed: the owner holds, the fulfilment staff releases, the API key notes.
        var (_, held) = await client.AdminAsync(Hold, new { input = actions[0].Input() }, bearer: callers.Owner);
        var (_, released) = await client.AdminAsync(Release, new { input = actions[1].Input() }, bearer: callers.Fulfillment);
        var (_, noted) = await client.AdminAsync(Note, new { input = actions[2].Input() }, apiKey: callers.WriteKey);
        var (_, supportReads) = await client.AdminAsync("query ($id: ID!) { order(id: $id) { number onHold } }", new { id = orderId }, bearer: callers.Support);

        Assert.Empty(Payload(held, "holdOrder")["errors"]!.AsArray());
        Assert.True((bool)Payload(held, "holdOrder")["order"]!["onHold"]!);
        Assert.Equal("Call the customer", (string?)Payload(held, "holdOrder")["order"]!["hold"]!["reason"]);
        Assert.Equal($"staff:{AdminTestIds.Uuid(callers.OwnerId)}", (string?)Payload(held, "holdOrder")["order"]!["hold"]!["heldBy"]);
        Assert.False((bool)Payload(released, "releaseOrder")["order"]!["onHold"]!);
        Assert.Equal("api_key", (string?)Payload(noted, "addOrderNote")["note"]!["authorKind"]);
        Assert.False((bool)Payload(supportReads, "order")["onHold"]!);
    }

    [Fact]
    public async Task TwoStaffHoldingOneOrderAtOnceHoldItOnceAndTheOtherIsToldItIsHeld()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var orderId = await PlaceAsync(client);

        for (var round = 0; round < 3; round++)
        {
            var racing = await Task.WhenAll(
                client.AdminAsync(Hold, new { input = new { orderId, reason = $"Owner, round {round}", idempotencyKey = Guid.NewGuid().ToString() } }, bearer: callers.Owner),
                client.AdminAsync(Hold, new { input = new { orderId, reason = $"Fulfilment, round {round}", idempotencyKey = Guid.NewGuid().ToString() } }, bearer: callers.Fulfillment));
            var errors = racing.Select(r => Payload(r.Body, "holdOrder")["errors"]!.AsArray()).ToList();

            Assert.Single(errors, e => e.Count == 0);
            Assert.Single(errors, e => e.Count == 1 && (string?)e[0]!["code"] == "ORDER_ALREADY_ON_HOLD");
            var (_, released) = await client.AdminAsync(Release, new { input = new { orderId, idempotencyKey = Guid.NewGuid().ToString() } }, bearer: callers.Owner);
            Assert.Empty(Payload(released, "releaseOrder")["errors"]!.AsArray());
        }

        var audit = await AuditAsync(client, callers.Owner, new { action = "holdOrder", targetId = DatabaseId(orderId).ToString() });
        Assert.Equal(3, audit.Count(e => (string?)e!["outcome"] == "changed"));
        Assert.Equal(3, audit.Count(e => (string?)e!["outcome"] == "refused" && (string?)e!["errorCodes"]![0] == "ORDER_ALREADY_ON_HOLD"));
    }

    [Fact]
    public async Task AHeldOrderIsNotAdvancedByThePipelineUntilItIsReleased()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var orderId = await PlaceAsync(client);
        var runner = api.Services.GetRequiredService<PipelineStepRunner>();

        var (_, held) = await client.AdminAsync(Hold, new { input = new { orderId, reason = "Fraud review", idempotencyKey = "hold-1" } }, bearer: callers.Owner);
        Assert.Empty(Payload(held, "holdOrder")["errors"]!.AsArray());
        var whileHeld = await runner.RunDueAsync(CancellationToken.None);
        var (_, stillHeld) = await client.AdminAsync("query ($id: ID!) { order(id: $id) { status events { transition } } }", new { id = orderId }, bearer: callers.Owner);

        Assert.Equal(0, whileHeld);
        Assert.Equal("PAYMENT_AUTHORIZED", (string?)Payload(stillHeld, "order")["status"]);
        Assert.DoesNotContain(Payload(stillHeld, "order")["events"]!.AsArray(), e => (string?)e!["transition"] == "SCREEN_RISK");

        var (_, released) = await client.AdminAsync(Release, new { input = new { orderId, idempotencyKey = "release-1" } }, bearer: callers.Owner);
        Assert.Empty(Payload(released, "releaseOrder")["errors"]!.AsArray());
        for (var i = 0; i < 10 && await runner.RunDueAsync(CancellationToken.None) > 0; i++)
        {
        }

        var (_, advanced) = await client.AdminAsync("query ($id: ID!) { order(id: $id) { status events { transition } } }", new { id = orderId }, bearer: callers.Owner);
        Assert.Contains(Payload(advanced, "order")["events"]!.AsArray(), e => (string?)e!["transition"] == "SCREEN_RISK");
        Assert.Contains(Payload(advanced, "order")["events"]!.AsArray(), e => (string?)e!["transition"] == "CONFIRM_STOCK");
    }

    [Fact]
    public async Task AParcelBookedByHandShipsTheOrderAndConfirmingDeliveryDeliversItOnceByKey()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var orderId = await PlaceAsync(client, quantity: 2);
        var (_, before) = await client.AdminAsync("query ($id: ID!) { order(id: $id) { lines { id sku quantity } } }", new { id = orderId }, bearer: callers.Owner);
        var lineId = (string)Payload(before, "order")["lines"]![0]!["id"]!;
        var tracking = "LC-" + Guid.NewGuid().ToString("N")[..10];
        var ship = (int quantity, string key) => new { input = new { orderId, carrier = "Local courier", trackingNumber = tracking + key, lines = new[] { new { orderLineId = lineId, quantity } }, idempotencyKey = key } };

        var (_, tooEarly) = await client.AdminAsync(Ship, ship(1, "ship-early"), bearer: callers.Fulfillment);
        await StartFulfillmentAsync(api, orderId);
        var (_, tooMany) = await client.AdminAsync(Ship, ship(3, "ship-too-many"), bearer: callers.Fulfillment);
        var (_, first) = await client.AdminAsync(Ship, ship(1, "ship-1"), bearer: callers.Fulfillment);
        var (_, repeat) = await client.AdminAsync(Ship, ship(1, "ship-1"), bearer: callers.Fulfillment);
        var (_, second) = await client.AdminAsync(Ship, ship(1, "ship-2"), apiKey: callers.WriteKey);

        Assert.Equal("TRANSITION_NOT_ALLOWED", (string?)Payload(tooEarly, "createShipment")["errors"]![0]!["code"]);
        Assert.Equal("QUANTITY_EXCEEDS_UNSHIPPED", (string?)Payload(tooMany, "createShipment")["errors"]![0]!["code"]);
        Assert.Equal("LABEL_CREATED", (string?)Payload(first, "createShipment")["shipment"]!["status"]);
        Assert.Equal("FULFILLING", (string?)Payload(first, "createShipment")["order"]!["status"]);
        Assert.True((bool)Payload(repeat, "createShipment")["replayed"]!);
        Assert.Equal("SHIPPED", (string?)Payload(second, "createShipment")["order"]!["status"]);

        var (_, delivered) = await client.AdminAsync(Deliver, new { input = new { orderId, idempotencyKey = "deliver-1" } }, bearer: callers.Owner);
        var (_, again) = await client.AdminAsync(Deliver, new { input = new { orderId, idempotencyKey = "deliver-1" } }, bearer: callers.Owner);
        var (_, otherKey) = await client.AdminAsync(Deliver, new { input = new { orderId, idempotencyKey = "deliver-2" } }, bearer: callers.Owner);

        var order = Payload(delivered, "markOrderDelivered")["order"]!;
        Assert.Equal("DELIVERED", (string?)order["status"]);
        Assert.All(order["shipments"]!.AsArray(), s => Assert.Equal("DELIVERED", (string?)s!["status"]));
        Assert.Equal(2, order["shipments"]!.AsArray().Count);
        Assert.Single(order["events"]!.AsArray(), e => (string?)e!["transition"] == "DELIVER" && (string?)e["actor"] == $"staff:{AdminTestIds.Uuid(callers.OwnerId)}");
        Assert.True((bool)Payload(again, "markOrderDelivered")["replayed"]!);
        Assert.Equal("TRANSITION_NOT_ALLOWED", (string?)Payload(otherKey, "markOrderDelivered")["errors"]![0]!["code"]);

        // The units left stock: allocation gone, on hand down by two.
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        Assert.Empty(await db.StockAllocations.Where(a => a.OrderId == DatabaseId(orderId)).ToListAsync());
        var audit = await AuditAsync(client, callers.Owner, new { action = "createShipment", targetId = DatabaseId(orderId).ToString() });
        // Each booking writes one entry in its save: the stock taken (a ledger movement), the shipment, allocation and order.
        Assert.Equal(["refused", "refused", "changed", "replayed", "changed"], audit.Select(e => (string)e!["outcome"]!).ToArray());
        Assert.Contains("\"type\":\"StockMovement\"", (string)audit[2]!["changes"]!, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Shipment\"", (string)audit[2]!["changes"]!, StringComparison.Ordinal);
        Assert.Equal("api_key", (string?)audit[4]!["actorKind"]);
    }

    [Fact]
    public async Task ANoteIsWrittenOnceByKeyWithItsAuthorAndTheShopperNeverSeesIt()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var orderId = await PlaceAsync(client);
        var input = new { input = new { orderId, text = "Customer called: leave at the back door", idempotencyKey = "note-1" } };

        var racing = await Task.WhenAll(
            client.AdminAsync(Note, input, bearer: callers.Fulfillment),
            client.AdminAsync(Note, input, bearer: callers.Fulfillment));
        var (_, blank) = await client.AdminAsync(Note, new { input = new { orderId, text = "  ", idempotencyKey = "note-2" } }, bearer: callers.Fulfillment);

        var payloads = racing.Select(r => Payload(r.Body, "addOrderNote")).ToList();
        Assert.All(payloads, p => Assert.Empty(p["errors"]!.AsArray()));
        Assert.Single(payloads, p => (bool)p["replayed"]!);
        var written = payloads.Single(p => !(bool)p["replayed"]!);
        Assert.Equal(callers.FulfillmentId, (string?)written["note"]!["authorId"]);
        Assert.Equal("staff", (string?)written["note"]!["authorKind"]);
        Assert.Equal("INVALID_INPUT", (string?)Payload(blank, "addOrderNote")["errors"]![0]!["code"]);
        var (_, detail) = await client.AdminAsync("query ($id: ID!) { order(id: $id) { notes { text } } }", new { id = orderId }, bearer: callers.Owner);
        Assert.Single(Payload(detail, "order")["notes"]!.AsArray());
    }

    [Fact]
    public async Task OrdersAreFilteredAndPagedByKeysetWithoutSkippingOrRepeating()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var placed = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            placed.Add(await PlaceAsync(client));
        }

        var (_, held) = await client.AdminAsync(Hold, new { input = new { orderId = placed[1], reason = "Check address", idempotencyKey = "h" } }, bearer: callers.Owner);
        Assert.Empty(Payload(held, "holdOrder")["errors"]!.AsArray());

        const string List = "query ($first: Int, $after: String, $where: OrderFilter, $order: OrderOrder) { orders(first: $first, after: $after, where: $where, order: $order) { nodes { id number onHold } edges { cursor } endCursor hasNextPage } }";
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var (_, body) = await client.AdminAsync(List, new { first = 2, after }, apiKey: callers.ReadKey);
            var page = Payload(body, "orders");
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            // An order placed while paging lands before the first page (newest first): it shifts nothing.
            if (after is null)
            {
                await PlaceAsync(client);
            }

            after = (string?)page["endCursor"];
            if (!(bool)page["hasNextPage"]!)
            {
                break;
            }
        }

        Assert.Equal(Enumerable.Reverse(placed).ToList(), seen.Where(placed.Contains).ToList());
        Assert.Equal(seen.Count, seen.Distinct().Count());

        var (_, onHold) = await client.AdminAsync(List, new { where = new { onHold = true } }, bearer: callers.Support);
        var (_, oldestFirst) = await client.AdminAsync(List, new { first = 1, order = new { field = "PLACED_AT", direction = "ASC" } }, bearer: callers.Support);
        var (_, byEmail) = await client.AdminAsync(List, new { where = new { customerEmail = "ADA@example.com", status = new[] { "PAYMENT_AUTHORIZED" }, paymentStatus = new[] { "AUTHORIZED" }, fulfillmentStatus = new[] { "UNFULFILLED" } } }, bearer: callers.Support);
        var (_, none) = await client.AdminAsync(List, new { where = new { createdFrom = DateTimeOffset.UtcNow.AddDays(1) } }, bearer: callers.Support);
        var (_, badCursor) = await client.AdminAsync(List, new { after = "bm90IGEgY3Vyc29y" }, bearer: callers.Support);

        Assert.Equal([placed[1]], Payload(onHold, "orders")["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToArray());
        Assert.Equal(seen.Where(placed.Contains).Last(), (string?)Payload(oldestFirst, "orders")["nodes"]![0]!["id"]);
        Assert.True(Payload(byEmail, "orders")["nodes"]!.AsArray().Count >= 5);
        Assert.Empty(Payload(none, "orders")["nodes"]!.AsArray());
        Assert.Equal("INVALID_CURSOR", badCursor.ErrorCode());

        var number = (string)Payload(onHold, "orders")["nodes"]![0]!["number"]!;
        var (_, byNumber) = await client.AdminAsync(List, new { where = new { number } }, bearer: callers.Support);
        Assert.Equal(placed[1], (string?)Payload(byNumber, "orders")["nodes"]!.AsArray().Single()!["id"]);
    }

    [Fact]
    public async Task EveryAdminMutationLeavesAnAuditEntryWithMaskedPersonalDataAndNothingCanChangeIt()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var callers = await CallersAsync(api, client);
        var orderId = await PlaceAsync(client);
        var (_, _) = await client.AdminAsync(Hold, new { input = new { orderId, reason = "Fraud review", idempotencyKey = "audit-hold" } }, bearer: callers.Owner);
        var (_, _) = await client.AdminAsync(Hold, new { input = new { orderId, reason = "Fraud review", idempotencyKey = "audit-hold" } }, bearer: callers.Owner);
        var (_, created) = await client.AdminAsync(
            "mutation ($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { staffMember { id } errors { code } } }",
            new { input = new { email = Email("new"), name = "Grace Hopper", role = "SUPPORT", password = "a long enough password" } }, bearer: callers.Owner);
        var (_, _) = await client.AdminAsync("mutation { startTotpEnrollment { secret } }", bearer: callers.Owner);

        var holds = await AuditAsync(client, callers.Owner, new { actorId = callers.OwnerId, action = "holdOrder" });
        var change = holds[0]!;
        Assert.Equal("staff", (string?)change["actorKind"]);
        Assert.Equal("Order", (string?)change["targetType"]);
        Assert.Equal(DatabaseId(orderId).ToString(), (string?)change["targetId"]);
        Assert.Equal("changed", (string?)change["outcome"]);
        Assert.False(string.IsNullOrEmpty((string?)change["requestId"]));
        var fields = JsonNode.Parse((string)change["changes"]!)![0]!["fields"]!;
        Assert.True(fields["OnHold"]!["before"]!.GetValue<bool>() == false, change.ToJsonString());
        Assert.False((bool)fields["OnHold"]!["before"]!);
        Assert.True((bool)fields["OnHold"]!["after"]!);
        Assert.Equal("Fraud review", (string?)fields["HoldReason"]!["after"]);
        Assert.Equal("replayed", (string?)holds[1]!["outcome"]);

        var staff = (await AuditAsync(client, callers.Owner, new { action = "createStaffMember" })).Last()!;
        var staffId = (string)Payload(created, "createStaffMember")["staffMember"]!["id"]!;
        var staffFields = JsonNode.Parse((string)staff["changes"]!)!.AsArray().Single(c => (string?)c!["type"] == "StaffMember")!["fields"]!;
        Assert.Equal(AdminTestIds.Uuid(staffId), (string?)staff["targetId"]);
        Assert.Equal("***", (string?)staffFields["Email"]!["after"]);
        Assert.Equal("***", (string?)staffFields["Name"]!["after"]);
        Assert.Equal("***", (string?)staffFields["PasswordHash"]!["after"]);
        Assert.DoesNotContain("Grace", (string)staff["changes"]!, StringComparison.Ordinal);
        Assert.Equal("SUPPORT", (string?)staffFields["Role"]!["after"]?.ToString().ToUpperInvariant());

        var totp = (await AuditAsync(client, callers.Owner, new { action = "startTotpEnrollment", actorId = callers.OwnerId })).Single()!;
        Assert.Equal("refused", (string?)totp["outcome"]);
        Assert.Equal("TOTP_ALREADY_ENABLED", (string?)totp["errorCodes"]![0]);

        // Paging: one entry at a time reaches the same entries.
        var all = await AuditAsync(client, callers.Owner, new { actorId = callers.OwnerId });
        var paged = new List<string>();
        string? after = null;
        do
        {
            var (_, body) = await client.AdminAsync(Audit, new { where = new { actorId = callers.OwnerId }, after, first = 1 }, bearer: callers.Owner);
            var page = Payload(body, "auditLog");
            paged.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            after = (bool)page["hasNextPage"]! ? (string?)page["endCursor"] : null;
        }
        while (after is not null);
        Assert.Equal(all.Select(n => (string)n!["id"]!), paged);

        // Who may read it, and that nothing writes to it but the log itself.
        var (_, forbidden) = await client.AdminAsync(Audit, new { where = new { } }, bearer: callers.Fulfillment);
        Assert.Equal("FORBIDDEN", forbidden.ErrorCode());
        var mutations = api.Services.GetRequiredService<AdminSchema>().Schema.MutationType!.Fields.Values;
        Assert.DoesNotContain(mutations, f => f.Name.Contains("audit", StringComparison.OrdinalIgnoreCase) || (f.Type.ToString() ?? "").Contains("Audit", StringComparison.Ordinal));

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Entry(entry).Property(e => e.Outcome).CurrentValue = "tampered";
        db.Entry(entry).State = EntityState.Modified;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
