using System.Text.Json.Nodes;
using Headless.Api.Admin;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Domain.Identity;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.Shipments;

/// <summary>
/// A stock location set through <c>/admin/graphql</c> not to ship (a shop counter) keeps its stock out of shipped
/// orders: the pipeline picks the order from the locations that ship even when the counter alone could serve it, and
/// staff cannot send a parcel from the counter by hand.
/// </summary>
public abstract class LocationCapabilitiesContract
{
    private const string Ship = "mutation ($input: CreateShipmentInput!) { createShipment(input: $input) { shipment { number } order { status } errors { code field message } } }";

    protected abstract Task<WebApplicationFactory<Program>> StartAsync();

    private static JsonNode Payload(JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!;
    }

    private static Guid OrderId(string globalId) => Headless.Api.Storefront.GlobalId.Decode(globalId, "Order");

    /// <summary>
    /// A counter made and stocked through the admin API, then set not to ship: it has <paramref name="units"/> of the
    /// variant while the other locations share <paramref name="elsewhere"/> free units.
    /// </summary>
    private static async Task<Guid> CounterAsync(WebApplicationFactory<Program> api, HttpClient client, string owner, string variantId, int units, int elsewhere)
    {
        await CheckoutSteps.SetFreeUnitsAsync(api.Services, Headless.Api.Storefront.GlobalId.Decode(variantId, "ProductVariant"), elsewhere);

        // "A-" sorts first among the locations, so the counter would win every tie if it were a candidate.
        var code = "A-COUNTER-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (_, created) = await client.AdminAsync(
            "mutation ($input: CreateStockLocationInput!) { createStockLocation(input: $input) { stockLocation { id shipping } errors { code } } }",
            new { input = new { code, name = "Shop counter", pickup = true, shipping = true } }, bearer: owner);
        var location = (string)Payload(created, "createStockLocation")["stockLocation"]!["id"]!;
        var (_, received) = await client.AdminAsync(
            "mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { errors { code message } } }",
            new { input = new { variantId, locationId = location, quantity = units, idempotencyKey = "counter-" + code } }, bearer: owner);
        Assert.Empty(Payload(received, "receiveStock")["errors"]!.AsArray());
        var (_, set) = await client.AdminAsync(
            "mutation ($input: SetStockLocationCapabilitiesInput!) { setStockLocationCapabilities(input: $input) { stockLocation { pickup shipping } errors { code } } }",
            new { input = new { id = location, pickup = true, shipping = false } }, bearer: owner);
        Assert.Equal("""{"pickup":true,"shipping":false}""", Payload(set, "setStockLocationCapabilities")["stockLocation"]!.ToJsonString());
        return AdminIds.Parse(location, AdminIds.StockLocation)!.Value;
    }

    private static async Task<string> PlaceAndPickAsync(WebApplicationFactory<Program> api, HttpClient client, string variantId, int quantity)
    {
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, quantity));
        CheckoutSteps.AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var runner = api.Services.GetRequiredService<PipelineStepRunner>();
        for (var i = 0; i < 20 && await StateAsync(api, orderId) != OrderState.Fulfilling; i++)
        {
            await runner.RunDueAsync(CancellationToken.None);
        }

        Assert.Equal(OrderState.Fulfilling, await StateAsync(api, orderId));
        return orderId;
    }

    private static async Task<OrderState> StateAsync(WebApplicationFactory<Program> api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Orders.AsNoTracking()
            .Where(o => o.Id == OrderId(orderId)).Select(o => o.State).SingleAsync();
    }

    private static async Task<Dictionary<Guid, int>> AllocatedAsync(WebApplicationFactory<Program> api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().StockAllocations.AsNoTracking()
                .Where(a => a.OrderId == OrderId(orderId)).Select(a => new { a.LocationId, a.Quantity }).ToListAsync())
            .GroupBy(a => a.LocationId).ToDictionary(g => g.Key, g => g.Sum(a => a.Quantity));
    }

    private static async Task<(int OnHand, int Allocated)> LevelAsync(WebApplicationFactory<Program> api, Guid variantId, Guid locationId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var level = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().StockLevels.AsNoTracking()
            .SingleAsync(s => s.VariantId == variantId && s.LocationId == locationId);
        return (level.OnHand, level.Allocated);
    }

    private static async Task<string> StaffAsync(WebApplicationFactory<Program> api, HttpClient client, StaffRole role)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@shop.test";
        return await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, role));
    }

    /// <summary>An owner's token and a physical variant in stock: its global ID and database ID.</summary>
    private static async Task<(string Owner, string VariantId, Guid Variant)> ShopAsync(WebApplicationFactory<Program> api, HttpClient client)
    {
        var owner = await StaffAsync(api, client, StaffRole.Owner);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        return (owner, variantId, Headless.Api.Storefront.GlobalId.Decode(variantId, "ProductVariant"));
    }

    [Fact]
    public async Task AnOrderToShipIsPickedFromLocationsThatShipEvenWhenACounterAloneHasItAll()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (owner, variantId, variant) = await ShopAsync(api, client);

        // The counter has the most free stock (checkout holds it there) and is the one location that covers the order alone.
        var counter = await CounterAsync(api, client, owner, variantId, units: 20, elsewhere: 4);
        var orderId = await PlaceAndPickAsync(api, client, variantId, quantity: 3);

        var picked = await AllocatedAsync(api, orderId);
        Assert.Equal(3, picked.Values.Sum());
        Assert.DoesNotContain(counter, picked.Keys);
        Assert.True(picked.Count >= 2, $"Expected the order split over the locations that ship, got {picked.Count}.");
        Assert.Equal((20, 0), await LevelAsync(api, variant, counter));
    }

    [Fact]
    public async Task AnOrderHeldOnlyAtACounterWaitsUntilStockIsTransferredToALocationThatShips()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (owner, variantId, variant) = await ShopAsync(api, client);
        var counter = await CounterAsync(api, client, owner, variantId, units: 5, elsewhere: 0);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 2));
        CheckoutSteps.AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var runner = api.Services.GetRequiredService<PipelineStepRunner>();
        for (var i = 0; i < 10; i++)
        {
            await runner.RunDueAsync(CancellationToken.None);
        }

        // Stock confirmation fails (and retries) rather than send the parcel from the counter.
        Assert.NotEqual(OrderState.Fulfilling, await StateAsync(api, orderId));
        Assert.Equal(new Dictionary<Guid, int> { [counter] = 2 }, await AllocatedAsync(api, orderId));

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var warehouse = await db.StockLevels.AsNoTracking().Where(s => s.VariantId == variant && s.LocationId != counter).Select(s => s.LocationId).FirstAsync();
            var (_, moved) = await client.AdminAsync(
                "mutation ($input: TransferStockInput!) { transferStock(input: $input) { errors { code message } } }",
                new { input = new { variantId, fromLocationId = AdminIds.Encode(AdminIds.StockLocation, counter), toLocationId = AdminIds.Encode(AdminIds.StockLocation, warehouse), quantity = 3, idempotencyKey = Guid.NewGuid().ToString() } },
                bearer: owner);
            Assert.Empty(Payload(moved, "transferStock")["errors"]!.AsArray());
        }

        // The step's next attempt (after its back-off) picks the order from the warehouse.
        for (var i = 0; i < 40 && await StateAsync(api, orderId) != OrderState.Fulfilling; i++)
        {
            await Task.Delay(250);
            await runner.RunDueAsync(CancellationToken.None);
        }

        Assert.Equal(OrderState.Fulfilling, await StateAsync(api, orderId));
        var picked = await AllocatedAsync(api, orderId);
        Assert.Equal(2, Assert.Single(picked).Value);
        Assert.NotEqual(counter, picked.Single().Key);
        Assert.Equal((2, 0), await LevelAsync(api, variant, counter));
    }

    [Fact]
    public async Task AParcelByHandFromALocationThatDoesNotShipIsRefusedAndChangesNothing()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (owner, variantId, variant) = await ShopAsync(api, client);
        var fulfilment = await StaffAsync(api, client, StaffRole.Fulfillment);
        var counter = await CounterAsync(api, client, owner, variantId, units: 5, elsewhere: 10);
        var orderId = await PlaceAndPickAsync(api, client, variantId, quantity: 1);
        var (_, read) = await client.AdminAsync("query ($id: ID!) { order(id: $id) { lines { id } } }", new { id = orderId }, bearer: owner);
        var lineId = (string)Payload(read, "order")["lines"]![0]!["id"]!;
        var held = await AllocatedAsync(api, orderId);

        object Input(string? locationId, string key) => new
        {
            input = new
            {
                orderId, carrier = "Counter", trackingNumber = "CT-" + Guid.NewGuid().ToString("N")[..12], locationId,
                lines = new[] { new { orderLineId = lineId, quantity = 1 } }, idempotencyKey = key,
            },
        };

        var (_, refused) = await client.AdminAsync(Ship, Input(AdminIds.Encode(AdminIds.StockLocation, counter), "counter-1"), bearer: fulfilment);
        var answer = Payload(refused, "createShipment");
        Assert.Null(answer["shipment"]);
        Assert.Equal("LOCATION_NOT_SHIPPING", (string?)answer["errors"]![0]!["code"]);
        Assert.Equal("locationId", (string?)answer["errors"]![0]!["field"]);
        Assert.Equal("FULFILLING", (string?)answer["order"]!["status"]);
        Assert.Equal((5, 0), await LevelAsync(api, variant, counter));
        Assert.Equal(held, await AllocatedAsync(api, orderId));

        // From where the order's stock is held (a location that ships) the same staff member sends it.
        var (_, shipped) = await client.AdminAsync(Ship, Input(null, "held-1"), bearer: fulfilment);
        Assert.Empty(Payload(shipped, "createShipment")["errors"]!.AsArray());
        Assert.Equal("SHIPPED", (string?)Payload(shipped, "createShipment")["order"]!["status"]);
    }
}
