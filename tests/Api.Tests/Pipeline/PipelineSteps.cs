using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Pipeline;

/// <summary>Placing orders and watching them run through the pipeline, over HTTP.</summary>
public static class PipelineSteps
{
    public const string Recipient = "+4915112345678";

    public const string OrderQuery = """
        query Order($id: ID!, $token: String!) {
          order(id: $id, token: $token) {
            id number status trackingNumber
            lines { sku recipient fulfillment { status reference completedAt failureReason } }
            shipments { number carrier trackingNumber trackingUrl labelUrl status lines { sku quantity } events { status note } }
            events { sequence fromStatus toStatus actor note }
          }
        }
        """;

    /// <summary>A top-up variant (a service that needs a phone number).</summary>
    public static async Task<string> TopUpVariantAsync(HttpClient client)
    {
        var data = await client.DataAsync("""
            { products(first: 40, where: { kinds: [SERVICE] }) { nodes { slug serviceFields { name type countryCode } variants { id } } } }
            """);
        var topUp = data["products"]!["nodes"]!.AsArray().First(p => p!["slug"]!.GetValue<string>().Contains("top-up", StringComparison.Ordinal))!;
        Assert.Equal("PHONE_NUMBER", topUp["serviceFields"]![0]!["type"]!.GetValue<string>());
        return topUp["variants"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>Places a top-up for <paramref name="recipient"/>: (order ID, token).</summary>
    public static async Task<(string OrderId, string Token)> PlaceTopUpAsync(HttpClient client, string recipient = Recipient, string? variantId = null)
    {
        variantId ??= await TopUpVariantAsync(client);
        var created = await CheckoutSteps.CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId, quantity = 1, recipient } } });
        CheckoutSteps.AssertNoErrors(created);
        var placed = await CheckoutSteps.PlaceOrderAsync(client, created["cart"]!["id"]!.GetValue<string>());
        CheckoutSteps.AssertNoErrors(placed);
        return (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>());
    }

    /// <summary>Places an order of <paramref name="quantity"/> units of a physical variant: (order ID, token).</summary>
    public static async Task<(string OrderId, string Token)> PlacePhysicalAsync(HttpClient client, string variantId, int quantity = 1)
    {
        var placed = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, quantity));
        CheckoutSteps.AssertNoErrors(placed);
        return (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>());
    }

    public static async Task<JsonObject> OrderAsync(HttpClient client, string id, string token) =>
        (await client.DataAsync(OrderQuery, new { id, token }))["order"]!.AsObject();

    /// <summary>Polls the order until its status is one of <paramref name="statuses"/>; fails with the order as it is after <paramref name="timeout"/>.</summary>
    public static async Task<JsonObject> WaitForStatusAsync(HttpClient client, string id, string token, TimeSpan timeout, params string[] statuses)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var order = await OrderAsync(client, id, token);
            if (statuses.Contains(order["status"]!.GetValue<string>()))
            {
                return order;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Still {order["status"]} after {timeout}: {order.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    /// <summary>What the sandboxes did for an order (their ledger, in the database): kind → count.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> EffectsAsync(IServiceProvider services, string orderGlobalId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var orderId = GlobalId.Decode(orderGlobalId, "Order");
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId);
        var authorization = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).Select(p => p.AuthorizationId).SingleAsync();
        var effects = await db.SandboxEffects.AsNoTracking().Where(e => e.Subject == order.Number || e.Subject == authorization).ToListAsync();
        return effects.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Posts a tracking report as the sandbox carrier would, signed with the test hosts' carrier secret (or <paramref name="secret"/>).</summary>
    public static async Task<HttpResponseMessage> PostTrackingAsync(HttpClient client, string trackingNumber, string status, string? secret = null)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { id = $"trk_{Guid.NewGuid():N}", trackingNumber, status });
        using var request = new HttpRequestMessage(HttpMethod.Post, CarrierWebhookEndpoints.Path)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SandboxWebhookSignature.HeaderName, SandboxWebhookSignature.Sign(secret ?? Support.TestHostSettings.CarrierWebhookSecret, DateTimeOffset.UtcNow, body));
        return await client.SendAsync(request);
    }

    /// <summary>Leaves the variant with the given free units in its first locations and none elsewhere; returns the locations used.</summary>
    public static async Task<IReadOnlyList<Guid>> SpreadStockAsync(IServiceProvider services, Guid variantId, int[] units, IReadOnlyList<Guid>? locations = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        await db.StockReservations.Where(r => r.VariantId == variantId).ExecuteDeleteAsync();
        var levels = await db.StockLevels.AsNoTracking().Where(s => s.VariantId == variantId).OrderBy(s => s.LocationId).Select(s => new { s.Id, s.LocationId }).ToListAsync();
        var order = locations ?? levels.Select(l => l.LocationId).ToList();
        if (levels.Count < units.Length)
        {
            var missing = await db.StockLocations.AsNoTracking().Select(l => l.Id).Where(l => !levels.Select(x => x.LocationId).Contains(l)).Take(units.Length - levels.Count).ToListAsync();
            foreach (var location in missing)
            {
                db.StockLevels.Add(new Domain.Inventory.StockLevel(variantId, location));
            }

            await db.SaveChangesAsync();
            return await SpreadStockAsync(services, variantId, units, locations);
        }

        for (var i = 0; i < order.Count; i++)
        {
            var location = order[i];
            var free = i < units.Length ? units[i] : 0;
            await db.StockLevels.Where(s => s.VariantId == variantId && s.LocationId == location).ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.Allocated + free));
        }

        return order;
    }

    public static int Count(IReadOnlyDictionary<string, int> effects, string kind) => effects.GetValueOrDefault(kind);

    public static string OperatorTopUp => "operator.top-up";

    public static string Capture => Infrastructure.Payments.SandboxPaymentProvider.CaptureKind;

    public static string Refund => Infrastructure.Payments.SandboxPaymentProvider.RefundKind;

    public static string Booking => Infrastructure.Shipping.SandboxCarrier.BookingKind;
}
