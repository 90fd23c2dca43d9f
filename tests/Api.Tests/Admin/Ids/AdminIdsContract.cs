using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Storefront;
using Headless.Domain.Identity;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Ids;

/// <summary>
/// The IDs the admin schema answers for an order's lines, payments, shipments, refunds and for stock locations are
/// global IDs (the storefront's where both show the object) and go back into the admin actions that take them;
/// the bare UUIDs answered before are still accepted.
/// </summary>
public abstract class AdminIdsContract
{
    private const string OrderQuery = "query ($id: ID!) { order(id: $id) { id lines { id } payments { id } shipments { id locationId lines { orderLineId quantity } } refunds { id lines { lineId } } } }";

    private const string Ship = "mutation ($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { id locationId } errors { code field } } }";

    private const string Refund = "mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { refund { id status } errors { code field } } }";

    private const string Rename = "mutation ($input: RenameStockLocationInput!) { renameStockLocation(input: $input) { stockLocation { id name } errors { code field } } }";

    protected abstract Task<WebApplicationFactory<Program>> StartAsync();

    private static JsonNode Payload(JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!;
    }

    private static Guid Decoded(string? id, string typeName)
    {
        Assert.NotNull(id);
        var decoded = GlobalId.TryDecode(id);
        Assert.True(decoded is not null, $"\"{id}\" is not a global ID");
        Assert.Equal(typeName, decoded.Value.TypeName);
        return decoded.Value.Id;
    }

    [Fact]
    public async Task AnOrdersLinePaymentShipmentAndLocationIdsGoBackIntoTheAdminActionsAndBareUuidsStillWork()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var email = $"owner-{Guid.NewGuid():N}@shop.test";
        var owner = await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, StaffRole.Owner));
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 4);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 4));
        CheckoutSteps.AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var storefront = await client.DataAsync("query ($id: ID!, $token: String!) { order(id: $id, token: $token) { lines { id } } }",
            new { id = orderId, token = placed["orderToken"]!.GetValue<string>() });

        var (_, read) = await client.AdminAsync(OrderQuery, new { id = orderId }, bearer: owner);
        var order = Payload(read, "order");
        var lineId = (string)order["lines"]![0]!["id"]!;
        var paymentId = (string)order["payments"]![0]!["id"]!;

        // One line, one ID in both APIs; the payment's is a global ID of its own type.
        Assert.Equal((string?)storefront["order"]!["lines"]![0]!["id"], lineId);
        var lineUuid = Decoded(lineId, "OrderLine");
        var paymentUuid = Decoded(paymentId, "Payment");
        var (_, captured) = await client.AdminAsync("mutation ($input: CaptureOrderPaymentInput!) { captureOrderPayment(input: $input) { errors { code } } }", new { input = new { orderId, idempotencyKey = "capture" } }, bearer: owner);
        Assert.Empty(Payload(captured, "captureOrderPayment")["errors"]!.AsArray());
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            Assert.True(await db.Set<OrderLine>().AnyAsync(l => l.Id == lineUuid));
            Assert.True(await db.Payments.AnyAsync(p => p.Id == paymentUuid));
            var stored = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == GlobalId.Decode(orderId, "Order"));
            stored.Apply(OrderTransition.StartFulfillment, new TransitionRequest("test", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        // The line ID the admin answered books a parcel; the parcel's location ID books the next one; a bare UUID still works.
        var (_, first) = await client.AdminAsync(Ship, new { input = new { orderId, carrier = "Courier", trackingNumber = "T-1", lines = new[] { new { orderLineId = lineId, quantity = 1 } }, idempotencyKey = "ship-1" } }, bearer: owner);
        var shipment = Payload(first, "createShipment");
        Assert.Empty(shipment["errors"]!.AsArray());
        var locationId = (string)shipment["shipment"]!["locationId"]!;
        var locationUuid = Decoded(locationId, "StockLocation");
        Decoded((string?)shipment["shipment"]!["id"], "Shipment");
        var (_, second) = await client.AdminAsync(Ship, new { input = new { orderId, carrier = "Courier", trackingNumber = "T-2", locationId, lines = new[] { new { orderLineId = lineUuid.ToString(), quantity = 1 } }, idempotencyKey = "ship-2" } }, bearer: owner);
        Assert.Empty(Payload(second, "createShipment")["errors"]!.AsArray());
        Assert.Equal(locationId, (string?)Payload(second, "createShipment")["shipment"]!["locationId"]);
        var (_, wrongType) = await client.AdminAsync(Ship, new { input = new { orderId, carrier = "Courier", trackingNumber = "T-3", lines = new[] { new { orderLineId = paymentId, quantity = 1 } }, idempotencyKey = "ship-3" } }, bearer: owner);
        Assert.Equal("""[{"code":"LINE_NOT_FOUND","field":"lines"}]""", Payload(wrongType, "createShipment")["errors"]!.ToJsonString());

        // Refunds by line take the admin's line ID and the bare UUID alike.
        var (_, byGlobal) = await client.AdminAsync(Refund, new { input = new { orderId, lines = new[] { new { lineId, quantity = 1 } }, reason = "Dented", idempotencyKey = "refund-1" } }, bearer: owner);
        var (_, byBare) = await client.AdminAsync(Refund, new { input = new { orderId = GlobalId.Decode(orderId, "Order").ToString(), lines = new[] { new { lineId = lineUuid.ToString(), quantity = 1 } }, reason = "Dented", idempotencyKey = "refund-2" } }, bearer: owner);
        Assert.Empty(Payload(byGlobal, "refundOrder")["errors"]!.AsArray());
        Assert.Empty(Payload(byBare, "refundOrder")["errors"]!.AsArray());
        Decoded((string?)Payload(byGlobal, "refundOrder")["refund"]!["id"], "Refund");

        // The order now reads back with the same IDs everywhere.
        var (_, after) = await client.AdminAsync(OrderQuery, new { id = orderId }, bearer: owner);
        var final = Payload(after, "order");
        Assert.All(final["shipments"]!.AsArray(), s => Assert.Equal(lineId, (string?)s!["lines"]![0]!["orderLineId"]));
        Assert.All(final["refunds"]!.AsArray(), r => Assert.Equal(lineId, (string?)r!["lines"]![0]!["lineId"]));
        Assert.Equal(2, final["refunds"]!.AsArray().Count);

        // The location ID the parcel answered is the one `stockLocations` lists, and renames it; so does the bare UUID.
        var (_, locations) = await client.AdminAsync("{ stockLocations { id } }", bearer: owner);
        Assert.Contains(locationId, Payload(locations, "stockLocations").AsArray().Select(l => (string?)l!["id"]));
        var (_, renamed) = await client.AdminAsync(Rename, new { input = new { id = locationId, name = "Renamed by global ID" } }, bearer: owner);
        var (_, renamedBare) = await client.AdminAsync(Rename, new { input = new { id = locationUuid.ToString(), name = "Renamed by UUID" } }, bearer: owner);
        var (_, movements) = await client.AdminAsync("query ($where: StockMovementFilter) { stockMovements(first: 5, where: $where) { nodes { locationId } } }", new { where = new { locationId } }, bearer: owner);
        Assert.Equal((locationId, "Renamed by global ID"), ((string?)Payload(renamed, "renameStockLocation")["stockLocation"]!["id"], (string?)Payload(renamed, "renameStockLocation")["stockLocation"]!["name"]));
        Assert.Equal("Renamed by UUID", (string?)Payload(renamedBare, "renameStockLocation")["stockLocation"]!["name"]);
        Assert.NotEmpty(Payload(movements, "stockMovements")["nodes"]!.AsArray());
        Assert.All(Payload(movements, "stockMovements")["nodes"]!.AsArray(), m => Assert.Equal(locationId, (string?)m!["locationId"]));
    }

    [Fact]
    public async Task StaffKeyAndStockOperationIdsAreGlobalIdsThatGoBackIntoTheirMutationsAndFindTheAuditTrail()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (ownerEmail, supportEmail) = ($"owner-{Guid.NewGuid():N}@shop.test", $"support-{Guid.NewGuid():N}@shop.test");
        var owner = await client.StaffTokenAsync(ownerEmail, await api.CreateStaffAsync(ownerEmail, StaffRole.Owner));
        var support = await client.StaffTokenAsync(supportEmail, await api.CreateStaffAsync(supportEmail, StaffRole.Support));
        var ownerId = (string)Payload((await client.AdminAsync("{ viewer { ... on StaffMember { id } } }", bearer: owner)).Body, "viewer")["id"]!;
        var supportId = (string)Payload((await client.AdminAsync("{ viewer { ... on StaffMember { id } } }", bearer: support)).Body, "viewer")["id"]!;
        Decoded(ownerId, "StaffMember");
        var listed = Payload((await client.AdminAsync("{ staffMembers { id } }", bearer: owner)).Body, "staffMembers").AsArray().Select(s => (string?)s!["id"]).ToList();
        Assert.Contains(ownerId, listed);
        Assert.Contains(supportId, listed);

        // API keys: global IDs; rotate takes the global ID and the bare UUID; a staff member's ID is no key.
        var (_, created) = await client.AdminAsync("mutation { createApiKey(input: { name: \"erp\", permissions: [\"inventory:write\", \"inventory:read\"] }) { secret apiKey { id } } }", bearer: owner);
        var keyId = (string)Payload(created, "createApiKey")["apiKey"]!["id"]!;
        var keyUuid = Decoded(keyId, "ApiKey");
        const string Rotate = "mutation ($id: ID!) { rotateApiKey(input: { id: $id, gracePeriodSeconds: 60 }) { secret apiKey { id } errors { code field } } }";
        var byGlobal = Payload((await client.AdminAsync(Rotate, new { id = keyId }, bearer: owner)).Body, "rotateApiKey");
        var byBare = Payload((await client.AdminAsync(Rotate, new { id = keyUuid.ToString() }, bearer: owner)).Body, "rotateApiKey");
        var wrongKey = Payload((await client.AdminAsync(Rotate, new { id = ownerId }, bearer: owner)).Body, "rotateApiKey");
        Assert.Equal(keyId, (string?)byGlobal["apiKey"]!["id"]);
        Assert.NotNull((string?)byBare["secret"]);
        Assert.Equal("""[{"code":"NOT_FOUND","field":"id"}]""", wrongKey["errors"]!.ToJsonString());
        var key = (string)byBare["secret"]!;
        Assert.Equal(keyId, (string?)Payload((await client.AdminAsync("{ viewer { ... on ApiKey { id } } }", apiKey: key)).Body, "viewer")["id"]);

        // Stock: the operation is a global ID; the actor is the key's ID as `viewer` answers it.
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var locationId = (string)Payload((await client.AdminAsync("{ stockLocations { id } }", bearer: owner)).Body, "stockLocations")[0]!["id"]!;
        var (_, received) = await client.AdminAsync("mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { movements { actorKind actorId operationId } errors { code } } }",
            new { input = new { variantId, locationId, quantity = 2, idempotencyKey = "receive-1" } }, apiKey: key);
        var movement = Payload(received, "receiveStock")["movements"]![0]!;
        Assert.Equal(("api_key", keyId), ((string?)movement["actorKind"], (string?)movement["actorId"]));
        Decoded((string?)movement["operationId"], "StockOperation");

        // Sessions: revoked by the staff member's global ID or bare UUID; an API key's ID is no staff member.
        const string Revoke = "mutation ($id: ID!) { revokeStaffSession(input: { staffMemberId: $id }) { revokedSessions errors { code field } } }";
        var revokeWrong = Payload((await client.AdminAsync(Revoke, new { id = keyId }, bearer: owner)).Body, "revokeStaffSession");
        var revoked = Payload((await client.AdminAsync(Revoke, new { id = supportId }, bearer: owner)).Body, "revokeStaffSession");
        var revokedBare = Payload((await client.AdminAsync(Revoke, new { id = AdminTestIds.Uuid(supportId) }, bearer: owner)).Body, "revokeStaffSession");
        Assert.Equal("""[{"code":"NOT_FOUND","field":"staffMemberId"}]""", revokeWrong["errors"]!.ToJsonString());
        Assert.True((int)revoked["revokedSessions"]! >= 1, revoked.ToJsonString());
        Assert.Equal(0, (int)revokedBare["revokedSessions"]!);
        Assert.Empty(revokedBare["errors"]!.AsArray());

        // The audit log answers the same actor IDs and finds them by global ID or bare UUID.
        const string Audit = "query ($where: AuditLogFilter) { auditLog(first: 100, where: $where) { nodes { actorId action } } }";
        var ofKey = Payload((await client.AdminAsync(Audit, new { where = new { actorId = keyId } }, bearer: owner)).Body, "auditLog")["nodes"]!.AsArray();
        var ofOwner = Payload((await client.AdminAsync(Audit, new { where = new { actorId = ownerId } }, bearer: owner)).Body, "auditLog")["nodes"]!.AsArray();
        var ofOwnerBare = Payload((await client.AdminAsync(Audit, new { where = new { actorId = AdminTestIds.Uuid(ownerId) } }, bearer: owner)).Body, "auditLog")["nodes"]!.AsArray();
        Assert.Contains(ofKey, e => (string?)e!["action"] == "receiveStock");
        Assert.All(ofKey, e => Assert.Equal(keyId, (string?)e!["actorId"]));
        Assert.Contains(ofOwner, e => (string?)e!["action"] == "revokeStaffSession");
        Assert.All(ofOwner, e => Assert.Equal(ownerId, (string?)e!["actorId"]));
        Assert.Equal(ofOwner.ToJsonString(), ofOwnerBare.ToJsonString());
    }
}
