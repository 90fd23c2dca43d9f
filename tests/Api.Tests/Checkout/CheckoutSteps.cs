using System.Data.Common;
using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Storefront;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Checkout;

/// <summary>The shopper's steps through the published operations of schema/operations, over HTTP.</summary>
public static class CheckoutSteps
{
    public static readonly object BerlinAddress = new
    {
        firstName = "Ada",
        lastName = "Lovelace",
        line1 = "Hauptstraße 1",
        city = "Berlin",
        postalCode = "10115",
        countryCode = "DE",
    };

    public static string Operation(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "operations", name + ".graphql"));

    /// <summary>A physical variant from the catalog with at least <paramref name="minimum"/> units to sell: its ID and unit price.</summary>
    public static async Task<(string Id, decimal Price, int Available)> PhysicalVariantAsync(HttpClient client, int minimum, int skip = 0)
    {
        var data = await client.DataAsync("""
            { products(first: 40, where: { kinds: [PHYSICAL], inStock: true }) {
                nodes { variants { id price { amount } availability { quantity } } } } }
            """);
        var variant = data["products"]!["nodes"]!.AsArray()
            .SelectMany(p => p!["variants"]!.AsArray())
            .Where(v => v!["availability"]!["quantity"]!.GetValue<int>() >= minimum)
            .Skip(skip)
            .First()!;
        return (variant["id"]!.GetValue<string>(), decimal.Parse(variant["price"]!["amount"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), variant["availability"]!["quantity"]!.GetValue<int>());
    }

    public static async Task<JsonObject> CreateCartAsync(HttpClient client, object? input = null) =>
        (await client.DataAsync(Operation("CreateCart"), new { input }))["createCart"]!.AsObject();

    /// <summary>A cart with the lines, an email, a Berlin address and standard shipping: ready to order.</summary>
    public static async Task<string> ReadyCartAsync(HttpClient client, string variantId, int quantity)
    {
        var created = await CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId, quantity } } });
        Assert.Empty(created["errors"]!.AsArray());
        var cartId = created["cart"]!["id"]!.GetValue<string>();
        AssertNoErrors((await client.DataAsync(Operation("SetAddress"), new { cartId, address = BerlinAddress }))["setCartShippingAddress"]!);
        AssertNoErrors((await client.DataAsync(Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!);
        return cartId;
    }

    public static async Task<JsonObject> PlaceOrderAsync(HttpClient client, string cartId, string paymentToken = "tok_approve", string? idempotencyKey = null) =>
        (await client.DataAsync(Operation("PlaceOrder"), new { cartId, paymentToken, idempotencyKey = idempotencyKey ?? Guid.NewGuid().ToString() }))["placeOrder"]!.AsObject();

    /// <summary>Places an order for <paramref name="quantity"/> units of a physical variant: (order ID, order token).</summary>
    public static async Task<(string OrderId, string Token)> OrderAsync(HttpClient client, string paymentToken = "tok_approve")
    {
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1);
        var placed = await PlaceOrderAsync(client, await ReadyCartAsync(client, variantId, 1), paymentToken);
        AssertNoErrors(placed);
        return (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>());
    }

    /// <summary>
    /// Leaves exactly <paramref name="units"/> of the variant free to sell: on hand = allocated + a share per
    /// location, and no cart holds any of it. Orders placed earlier keep their allocations.
    /// </summary>
    public static async Task SetFreeUnitsAsync(IServiceProvider services, Guid variantId, int units)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        await db.StockReservations.Where(r => r.VariantId == variantId).ExecuteDeleteAsync();
        var levels = await db.StockLevels.Where(s => s.VariantId == variantId).OrderBy(s => s.LocationId).Select(s => s.Id).ToListAsync();
        Assert.NotEmpty(levels);
        for (var i = 0; i < levels.Count; i++)
        {
            var id = levels[i];
            var share = (units / levels.Count) + (i < units % levels.Count ? 1 : 0);
            await db.StockLevels.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.Allocated + share));
        }

        // Written around the application, as an inventory import would: it reports the change like every write path must.
        if (services.GetService<Headless.Infrastructure.Catalog.Caching.CatalogCache>() is { } cache)
        {
            await cache.StockChangedAsync([variantId]);
        }
    }

    public static void AssertNoErrors(JsonNode payload) =>
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload["errors"]!.ToJsonString());

    /// <summary>
    /// Posts a sandbox webhook as the provider would: HMAC-SHA256 with the test hosts' secret, timestamp now.
    /// </summary>
    public static async Task<HttpResponseMessage> SendWebhookAsync(HttpClient client, string type, string authorizationId)
    {
        var response = await PostWebhookAsync(client, type, authorizationId);
        Assert.True(response.IsSuccessStatusCode, $"Webhook answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>Posts a signed sandbox webhook, with an amount when given, and returns whatever the server answers.</summary>
    public static async Task<HttpResponseMessage> PostWebhookAsync(HttpClient client, string type, string authorizationId, decimal? amount = null)
    {
        var data = amount is null ? (object)new { authorizationId } : new { authorizationId, amount };
        var body = System.Text.Json.JsonSerializer.Serialize(new { id = $"evt_{Guid.NewGuid():N}", type, data });
        using var request = new HttpRequestMessage(HttpMethod.Post, SandboxWebhookEndpoints.Path)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SandboxWebhookSignature.HeaderName, SandboxWebhookSignature.Sign(Support.TestHostSettings.WebhookSecret, DateTimeOffset.UtcNow, body));
        return await client.SendAsync(request);
    }

    /// <summary>The sandbox authorization of an order, as the provider knows it (read from the payments table).</summary>
    public static async Task<string> AuthorizationIdAsync(DbConnection connection, string orderGlobalId)
    {
        var orderId = GlobalId.Decode(orderGlobalId, "Order");
        await using var command = connection.CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        if (connection is Npgsql.NpgsqlConnection)
        {
            command.CommandText = "SELECT authorization_id FROM payments WHERE order_id = @id";
            parameter.Value = orderId;
        }
        else
        {
            // EF Core stores SQLite GUIDs as upper-case text.
            command.CommandText = "SELECT authorization_id FROM payments WHERE upper(order_id) = @id";
            parameter.Value = orderId.ToString("D").ToUpperInvariant();
        }

        command.Parameters.Add(parameter);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        return (string)(await command.ExecuteScalarAsync())!;
    }
}
