using System.Text.Json.Nodes;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.Domain.Inventory;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Inventory;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Shipments;

/// <summary>
/// Staff ship part of an order by hand (a location without carrier integration) through <c>/admin/graphql</c> and the
/// pipeline books the rest with the carrier; staff racing each other, or the pipeline, never ship a unit twice; a
/// parcel sent from another location than the order held its stock at takes the stock from there.
/// </summary>
public abstract class PartialShipmentsContract
{
    private const string Ship = "mutation ($input: CreateShipmentInput!) { createShipment(input: $input) { replayed shipment { number carrier status lines { quantity } } order { status shipmentProgress } errors { code field } } }";
    private const string Read = "query ($id: ID!) { order(id: $id) { status shipmentProgress lines { id } shipments { number carrier trackingNumber status locationId lines { orderLineId quantity } } } }";

    protected abstract Task<WebApplicationFactory<Program>> StartAsync();

    private static async Task<string> StaffAsync(WebApplicationFactory<Program> api, HttpClient client, StaffRole role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@shop.test";
        return await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, role));
    }

    private static Guid DatabaseId(string globalId) => Headless.Api.Storefront.GlobalId.Decode(globalId, "Order");

    private static JsonNode Payload(JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!;
    }

    private sealed record Placed(string OrderId, Guid VariantId, string LineId);

    /// <summary>A physical order placed in the storefront and run through the pipeline up to FULFILLING (picked, not booked).</summary>
    private static async Task<Placed> PlaceAndPickAsync(WebApplicationFactory<Program> api, HttpClient client, string token, int quantity)
    {
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, quantity);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, quantity));
        CheckoutSteps.AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var runner = api.Services.GetRequiredService<PipelineStepRunner>();
        for (var i = 0; i < 20 && await StateAsync(api, orderId) != OrderState.Fulfilling; i++)
        {
            await runner.RunDueAsync(CancellationToken.None);
        }

        Assert.Equal(OrderState.Fulfilling, await StateAsync(api, orderId));
        var (_, read) = await client.AdminAsync(Read, new { id = orderId }, bearer: token);
        Assert.Empty(Payload(read, "order")["shipments"]!.AsArray());
        return new Placed(orderId, Headless.Api.Storefront.GlobalId.Decode(variantId, "ProductVariant"), (string)Payload(read, "order")["lines"]![0]!["id"]!);
    }

    private static async Task<OrderState> StateAsync(WebApplicationFactory<Program> api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        return await db.Orders.AsNoTracking().Where(o => o.Id == DatabaseId(orderId)).Select(o => o.State).SingleAsync();
    }

    private static async Task RunPipelineAsync(WebApplicationFactory<Program> api)
    {
        var runner = api.Services.GetRequiredService<PipelineStepRunner>();
        for (var i = 0; i < 20 && await runner.RunDueAsync(CancellationToken.None) > 0; i++)
        {
        }
    }

    private sealed record Stock(int OnHand, int Allocated);

    private static async Task<Dictionary<Guid, Stock>> StockAsync(WebApplicationFactory<Program> api, Guid variantId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        return await db.StockLevels.AsNoTracking().Where(s => s.VariantId == variantId).ToDictionaryAsync(s => s.LocationId, s => new Stock(s.OnHand, s.Allocated));
    }

    private static async Task<int> DriftAsync(WebApplicationFactory<Program> api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var levels = await db.StockLevels.AsNoTracking().Select(s => new { s.VariantId, s.LocationId, s.OnHand }).ToListAsync();
        var sums = (await db.StockMovements.AsNoTracking().Select(m => new { m.VariantId, m.LocationId, m.Delta }).ToListAsync())
            .GroupBy(m => (m.VariantId, m.LocationId)).ToDictionary(g => g.Key, g => g.Sum(m => m.Delta));
        return levels.Count(l => sums.GetValueOrDefault((l.VariantId, l.LocationId)) != l.OnHand);
    }

    private static object ShipInput(Placed order, int quantity, string key, string? locationId = null) => new
    {
        input = new
        {
            orderId = order.OrderId, carrier = "Shop counter", trackingNumber = "HB-" + Guid.NewGuid().ToString("N")[..12], locationId,
            lines = new[] { new { orderLineId = order.LineId, quantity } }, idempotencyKey = key,
        },
    };

    [Fact]
    public async Task ThePipelineBooksWhatStaffLeftUnshippedAndTheOrderShipsOnceEveryUnitIsBooked()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var owner = await StaffAsync(api, client, StaffRole.Owner);
        var order = await PlaceAndPickAsync(api, client, owner, quantity: 3);
        var before = await StockAsync(api, order.VariantId);

        var (_, byHand) = await client.AdminAsync(Ship, ShipInput(order, 1, "partial-1"), bearer: owner);
        var partial = Payload(byHand, "createShipment");
        Assert.Empty(partial["errors"]!.AsArray());
        Assert.Equal("FULFILLING", (string?)partial["order"]!["status"]);
        Assert.Equal("PARTIALLY_SHIPPED", (string?)partial["order"]!["shipmentProgress"]);

        await RunPipelineAsync(api);
        await RunPipelineAsync(api);

        var (_, read) = await client.AdminAsync(Read, new { id = order.OrderId }, bearer: owner);
        var shipped = Payload(read, "order");
        var parcels = shipped["shipments"]!.AsArray();
        Assert.Equal(2, parcels.Count);
        Assert.Equal("Shop counter", (string?)parcels[0]!["carrier"]);
        Assert.Equal(1, (int)parcels[0]!["lines"]![0]!["quantity"]!);
        Assert.NotEqual("Shop counter", (string?)parcels[1]!["carrier"]);
        Assert.NotNull((string?)parcels[1]!["trackingNumber"]);
        Assert.Equal(2, (int)parcels[1]!["lines"]![0]!["quantity"]!);
        Assert.Contains((string?)shipped["status"], new[] { "SHIPPED", "DELIVERED" });

        // Three units left stock in all, once each: none is held any more, and the books balance.
        var after = await StockAsync(api, order.VariantId);
        Assert.Equal(before.Values.Sum(s => s.OnHand) - 3, after.Values.Sum(s => s.OnHand));
        Assert.Equal(before.Values.Sum(s => s.Allocated) - 3, after.Values.Sum(s => s.Allocated));
        Assert.Equal(0, await DriftAsync(api));
    }

    [Fact]
    public async Task StaffShippingTheSameUnitsAtOnceShipThemOnceAndARepeatedKeyIsReplayed()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var first = await StaffAsync(api, client, StaffRole.Owner);
        var second = await StaffAsync(api, client, StaffRole.Fulfillment);
        var order = await PlaceAndPickAsync(api, client, first, quantity: 2);
        var before = await StockAsync(api, order.VariantId);

        // Six requests at once for both units: four different keys, and one key sent three times.
        var shared = ShipInput(order, 2, "same-key");
        var requests = Enumerable.Range(0, 3).Select(i => client.AdminAsync(Ship, ShipInput(order, 2, $"key-{i}"), bearer: i % 2 == 0 ? first : second))
            .Concat(Enumerable.Range(0, 3).Select(i => client.AdminAsync(Ship, shared, bearer: i % 2 == 0 ? second : first)))
            .ToList();
        var answers = (await Task.WhenAll(requests)).Select(r => Payload(r.Body, "createShipment")).ToList();

        // Losers are told why by the rules: the units are taken, or (once the order shipped) it is no longer being fulfilled.
        var changed = answers.Where(a => a["errors"]!.AsArray().Count == 0 && !(bool)a["replayed"]!).ToList();
        Assert.Single(changed);
        Assert.All(answers.Where(a => a["errors"]!.AsArray().Count > 0), a => Assert.True((string?)a["errors"]![0]!["code"] is "QUANTITY_EXCEEDS_UNSHIPPED" or "TRANSITION_NOT_ALLOWED", a.ToJsonString()));
        var (_, read) = await client.AdminAsync(Read, new { id = order.OrderId }, bearer: first);
        Assert.Single(Payload(read, "order")["shipments"]!.AsArray());
        Assert.Equal("SHIPPED", (string?)Payload(read, "order")["status"]);
        var after = await StockAsync(api, order.VariantId);
        Assert.Equal(before.Values.Sum(s => s.OnHand) - 2, after.Values.Sum(s => s.OnHand));
        Assert.Equal(0, await DriftAsync(api));
    }

    [Fact]
    public async Task AParcelByHandRacingThePipelineLeavesEveryUnitInExactlyOneParcel()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var owner = await StaffAsync(api, client, StaffRole.Owner);
        var order = await PlaceAndPickAsync(api, client, owner, quantity: 2);
        var before = await StockAsync(api, order.VariantId);

        var hand = client.AdminAsync(Ship, ShipInput(order, 1, "race-1"), bearer: owner);
        var pipeline = RunPipelineAsync(api);
        await Task.WhenAll(hand, pipeline);
        await RunPipelineAsync(api);

        // Whoever won, the two units are in parcels once: by hand (1) and the carrier (1), or the carrier (2) and
        // staff told the units are taken.
        var (_, read) = await client.AdminAsync(Read, new { id = order.OrderId }, bearer: owner);
        var parcels = Payload(read, "order")["shipments"]!.AsArray();
        Assert.Equal(2, parcels.Sum(p => p!["lines"]!.AsArray().Sum(l => (int)l!["quantity"]!)));
        Assert.All(parcels, p => Assert.NotNull((string?)p!["trackingNumber"]));
        var answer = Payload((await hand).Body, "createShipment");
        Assert.Equal(answer["errors"]!.AsArray().Count == 0 ? 2 : 1, parcels.Count);
        var after = await StockAsync(api, order.VariantId);
        Assert.Equal(before.Values.Sum(s => s.OnHand) - 2, after.Values.Sum(s => s.OnHand));
        Assert.Equal(0, await DriftAsync(api));
    }

    [Fact]
    public async Task AParcelSentFromAnotherLocationTakesItsStockThereAndLetsGoOfWhatTheOrderHeld()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var owner = await StaffAsync(api, client, StaffRole.Owner);
        var order = await PlaceAndPickAsync(api, client, owner, quantity: 1);
        var store = await StoreWithStockAsync(api, order.VariantId, units: 5);
        var before = await StockAsync(api, order.VariantId);
        var held = before.Single(s => s.Value.Allocated > 0 && s.Key != store).Key;

        var (_, byHand) = await client.AdminAsync(Ship, ShipInput(order, 1, "store-1", store.ToString()), bearer: owner);
        var answer = Payload(byHand, "createShipment");

        Assert.Empty(answer["errors"]!.AsArray());
        Assert.Equal("SHIPPED", (string?)answer["order"]!["status"]);
        var after = await StockAsync(api, order.VariantId);
        Assert.Equal(new Stock(4, 0), after[store]);
        Assert.Equal(before[held] with { Allocated = before[held].Allocated - 1 }, after[held]);
        Assert.Equal(0, await DriftAsync(api));
        var (_, read) = await client.AdminAsync(Read, new { id = order.OrderId }, bearer: owner);
        Assert.Equal(Headless.Api.Admin.AdminIds.Encode("StockLocation", store), (string?)Payload(read, "order")["shipments"]![0]!["locationId"]);
    }

    /// <summary>A shop with no carrier integration holding <paramref name="units"/> of the variant, received through the ledger.</summary>
    private static async Task<Guid> StoreWithStockAsync(WebApplicationFactory<Program> api, Guid variantId, int units)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<StockLedger>();
        var location = new StockLocation("SHOP" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), "Shop on the corner");
        db.StockLocations.Add(location);
        db.StockLevels.Add(new StockLevel(variantId, location.Id));
        await db.SaveChangesAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        Assert.NotNull(await ledger.ApplyAsync(new StockChange(variantId, location.Id, units, StockMovementReason.Received, StockMovementActor.System), Guid.NewGuid(), null, default));
        await ledger.SettleAsync(default);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return location.Id;
    }
}
