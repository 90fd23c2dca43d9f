using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Api.Webhooks;
using Headless.Domain.Payments;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Payments;

/// <summary>Choosing a payment method, placing with it and playing the provider and the carrier, over HTTP.</summary>
public static class PaymentMethodSteps
{
    public const string AvailableQuery = """
        query Methods($id: ID!) { cart(id: $id) { availablePaymentMethods { code name nextActionType paidOnDelivery } } }
        """;

    private const string PlaceMutation = """
        mutation Place($input: PlaceOrderInput!) {
          placeOrder(input: $input) {
            orderToken paymentStatus
            order { id number status paymentMethod paymentReference total { amount currency }
              nextAction { type redirectUrl qrCodeUrl qrCodeSvg reference bankAccount { accountHolder iban bic } amount { amount currency } instructions expiresAt } }
            errors { code message path supportedPaymentMethods }
          }
        }
        """;

    /// <summary>The codes of <c>Cart.availablePaymentMethods</c>, in the catalogue's order.</summary>
    public static async Task<IReadOnlyList<string>> AvailableAsync(HttpClient client, string cartId) =>
        [.. (await client.DataAsync(AvailableQuery, new { id = cartId }))["cart"]!["availablePaymentMethods"]!.AsArray().Select(m => m!["code"]!.GetValue<string>())];

    /// <summary>
    /// Places the cart with <paramref name="method"/> (and a token only when given, as a new client would); signed in
    /// as the customer whose <paramref name="accessToken"/> is given.
    /// </summary>
    public static async Task<JsonObject> PlaceAsync(HttpClient client, string cartId, string method, string? token = null, string? accessToken = null)
    {
        object payment = token is null ? new { method } : new { method, token };
        var variables = new { input = new { cartId, payment, idempotencyKey = Guid.NewGuid().ToString() } };
        var data = accessToken is null ? await client.DataAsync(PlaceMutation, variables) : await Identity.AccountSteps.RunAsync(client, PlaceMutation, variables, accessToken);
        return data["placeOrder"]!.AsObject();
    }

    /// <summary>How many units of the variant the storefront says can be had.</summary>
    public static async Task<int> ForSaleAsync(HttpClient client, string variantId) =>
        (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on ProductVariant { availability { quantity } } } }", new { id = variantId }))
            ["node"]!["availability"]!["quantity"]!.GetValue<int>();

    /// <summary>Posts a payment event as the provider would, signed with the test hosts' secret; the same <paramref name="eventId"/> twice is a provider's retry.</summary>
    public static Task<HttpResponseMessage> PostPaymentEventAsync(HttpClient client, string eventId, string type, string authorizationId) =>
        PostSignedAsync(client, SandboxWebhookEndpoints.Path, TestHostSettings.WebhookSecret, new { id = eventId, type, data = new { authorizationId } });

    /// <summary>Posts a tracking report as the sandbox carrier would, with a fixed event id.</summary>
    public static Task<HttpResponseMessage> PostTrackingEventAsync(HttpClient client, string eventId, string trackingNumber, string status) =>
        PostSignedAsync(client, CarrierWebhookEndpoints.Path, TestHostSettings.CarrierWebhookSecret, new { id = eventId, trackingNumber, status });

    public static async Task<string> OutcomeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Webhook answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["outcome"]!.GetValue<string>();
    }

    public static async Task<PaymentStatus> PaymentStatusAsync(IServiceProvider services, string orderGlobalId)
    {
        await using var scope = services.CreateAsyncScope();
        var orderId = GlobalId.Decode(orderGlobalId, "Order");
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Payments.AsNoTracking().Where(p => p.OrderId == orderId).Select(p => p.Status).SingleAsync();
    }

    /// <summary>Units on hand and allocated of a variant, over all locations.</summary>
    public static async Task<(int OnHand, int Allocated)> StockAsync(IServiceProvider services, string variantGlobalId)
    {
        await using var scope = services.CreateAsyncScope();
        var variantId = GlobalId.Decode(variantGlobalId, "ProductVariant");
        var levels = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().StockLevels.AsNoTracking().Where(s => s.VariantId == variantId).ToListAsync();
        return (levels.Sum(l => l.OnHand), levels.Sum(l => l.Allocated));
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(HttpClient client, string path, string secret, object payload)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SandboxWebhookSignature.HeaderName, SandboxWebhookSignature.Sign(secret, DateTimeOffset.UtcNow, body));
        return await client.SendAsync(request);
    }
}
