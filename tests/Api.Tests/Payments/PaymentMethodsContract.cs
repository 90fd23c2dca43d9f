using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Pipeline;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Domain.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Api.Tests.Payments.PaymentMethodSteps;

namespace Headless.Api.Tests.Payments;

/// <summary>
/// The payment-method catalogue through the storefront API, with the pipeline on: which methods a cart is offered,
/// and each method from placeOrder to its end, confirmed by signed webhooks posted as the provider or carrier would.
/// </summary>
public abstract class PaymentMethodsContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected abstract Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings);

    protected static WebApplicationFactory<Program> Started(StorefrontApiFactory factory)
    {
        factory.CreateClient().Dispose();
        return factory;
    }

    /// <summary>The pipeline on and every method switched on, with <paramref name="extra"/> on top.</summary>
    protected static Dictionary<string, string> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>(TestHostSettings.Pipeline)
        {
            ["Payments:Methods:wallet:Enabled"] = "true",
            ["Payments:Methods:bank_transfer:Enabled"] = "true",
            ["Payments:Methods:cash_on_delivery:Enabled"] = "true",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task TheMethodsOfferedFollowTheCartsCountryCurrencyTotalAndContents()
    {
        await using var api = await StartAsync(Settings(
            ("Payments:Methods:wallet:Countries:0", "CN"),
            ("Payments:Methods:bank_transfer:Currencies:0", "EUR"),
            ("Payments:Methods:cash_on_delivery:MaxTotal", "100000")));
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);

        var parcel = await CheckoutSteps.ReadyCartAsync(client, variantId, 1);
        var topUp = await CheckoutSteps.CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId = await PipelineSteps.TopUpVariantAsync(client), quantity = 1, recipient = PipelineSteps.Recipient } } });

        // A parcel to Berlin: no wallet (offered in China only); a top-up: no cash on delivery (nothing to hand over), no wallet (no address, no country).
        Assert.Equal(["card", "bank_transfer", "cash_on_delivery"], await AvailableAsync(client, parcel));
        Assert.Equal(["card", "bank_transfer"], await AvailableAsync(client, topUp["cart"]!["id"]!.GetValue<string>()));
        var methods = (await client.DataAsync(AvailableQuery, new { id = parcel }))["cart"]!["availablePaymentMethods"]!.AsArray();
        Assert.Equal("BANK_TRANSFER", methods[1]!["nextActionType"]!.GetValue<string>());
        Assert.True(methods[2]!["paidOnDelivery"]!.GetValue<bool>());
        Assert.False(methods[0]!["paidOnDelivery"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AMethodOverItsLimitOrInTheWrongCurrencyIsNotOfferedAndPlacingWithItIsATypedError()
    {
        await using var api = await StartAsync(Settings(
            ("Payments:Methods:cash_on_delivery:MaxTotal", "0.50"),
            ("Payments:Methods:bank_transfer:Currencies:0", "USD")));
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var cartId = await CheckoutSteps.ReadyCartAsync(client, variantId, 1);

        Assert.Equal(["card", "wallet"], await AvailableAsync(client, cartId));
        var allocated = (await StockAsync(api.Services, variantId)).Allocated;
        var placed = await PlaceAsync(client, cartId, "cash_on_delivery");

        Assert.Null(placed["order"]);
        var error = placed["errors"]!.AsArray().Single()!;
        Assert.Equal("PAYMENT_METHOD_UNAVAILABLE", error["code"]!.GetValue<string>());
        Assert.Equal(["payment", "method"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["card", "wallet"], error["supportedPaymentMethods"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("at most 0.50", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(allocated, (await StockAsync(api.Services, variantId)).Allocated);
    }

    [Fact]
    public async Task AnUnknownMethodIsATypedErrorAndAnOldClientSendingACardTokenStillPlacesItsOrder()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var cartId = await CheckoutSteps.ReadyCartAsync(client, variantId, 1);

        var unknown = await PlaceAsync(client, cartId, "bitcoin");
        var error = unknown["errors"]!.AsArray().Single()!;
        Assert.Equal("UNSUPPORTED_PAYMENT_METHOD", error["code"]!.GetValue<string>());
        Assert.Equal(["card", "wallet", "bank_transfer", "cash_on_delivery"], error["supportedPaymentMethods"]!.AsArray().Select(p => p!.GetValue<string>()));

        // The released operation, unchanged: PaymentInput { method: "card", token }.
        var placed = await CheckoutSteps.PlaceOrderAsync(client, cartId);
        CheckoutSteps.AssertNoErrors(placed);
        Assert.Equal("AUTHORIZED", placed["paymentStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task AWalletOrderShowsAQrCodeAndTheProvidersSignedWebhookConfirmsItOnce()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var created = await CheckoutSteps.CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId = await PipelineSteps.TopUpVariantAsync(client), quantity = 1, recipient = PipelineSteps.Recipient } } });

        var placed = await PlaceAsync(client, created["cart"]!["id"]!.GetValue<string>(), "wallet");

        CheckoutSteps.AssertNoErrors(placed);
        Assert.Equal("REQUIRES_ACTION", placed["paymentStatus"]!.GetValue<string>());
        var order = placed["order"]!;
        Assert.Equal(("PLACED", "wallet"), (order["status"]!.GetValue<string>(), order["paymentMethod"]!.GetValue<string>()));
        var reference = order["paymentReference"]!.GetValue<string>();
        var action = order["nextAction"]!;
        Assert.Equal("QR_CODE", action["type"]!.GetValue<string>());
        Assert.Contains(reference, action["qrCodeUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(action["qrCodeUrl"]!.GetValue<string>(), action["redirectUrl"]!.GetValue<string>());
        Assert.StartsWith("<svg", action["qrCodeSvg"]!.GetValue<string>().TrimStart(), StringComparison.Ordinal);
        Assert.Equal(order["total"]!.ToJsonString(), action["amount"]!.ToJsonString());
        Assert.NotNull(action["expiresAt"]);

        var id = order["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var eventId = $"evt_wallet_{Guid.NewGuid():N}";
        using (var forged = await PostSignedByAnotherAsync(client, eventId, reference))
        {
            Assert.Equal(401, (int)forged.StatusCode);
        }

        using (var first = await PostPaymentEventAsync(client, eventId, "payment.authorized", reference))
        {
            Assert.Equal("Processed", await OutcomeAsync(first));
        }

        using (var again = await PostPaymentEventAsync(client, eventId, "payment.authorized", reference))
        {
            Assert.Equal("Replayed", await OutcomeAsync(again));
        }

        var fulfilled = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "FULFILLED");
        Assert.Single(fulfilled["events"]!.AsArray(), e => e!["fromStatus"]?.GetValue<string>() == "PLACED");
        Assert.Equal(1, PipelineSteps.Count(await PipelineSteps.EffectsAsync(api.Services, id), PipelineSteps.Capture));
        Assert.Null((await OrderWithActionAsync(client, id, token))["nextAction"]);
    }

    [Fact]
    public async Task ABankTransferOrderWaitsForFundsWithAReferenceAndGoesOnWhenTheBankReportsThem()
    {
        await using var api = await StartAsync(Settings(("Payments:Methods:bank_transfer:ActionTimeout", "3.00:00:00")));
        using var client = api.CreateClient();
        var (variantId, _, available) = await CheckoutSteps.PhysicalVariantAsync(client, 1);

        var placed = await PlaceAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 1), "bank_transfer");

        CheckoutSteps.AssertNoErrors(placed);
        var order = placed["order"]!;
        var action = order["nextAction"]!;
        Assert.Equal("BANK_TRANSFER", action["type"]!.GetValue<string>());
        Assert.Equal(order["number"]!.GetValue<string>(), action["reference"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(action["bankAccount"]!["iban"]!.GetValue<string>()));
        Assert.Contains(order["number"]!.GetValue<string>(), action["instructions"]!.GetValue<string>(), StringComparison.Ordinal);
        var expiresIn = DateTimeOffset.Parse(action["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow;
        Assert.InRange(expiresIn, TimeSpan.FromDays(3) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(3));
        Assert.Equal(available - 1, await ForSaleAsync(client, variantId));

        var id = order["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var eventId = $"evt_funds_{Guid.NewGuid():N}";
        using (var funds = await PostPaymentEventAsync(client, eventId, "payment.authorized", order["paymentReference"]!.GetValue<string>()))
        {
            Assert.Equal("Processed", await OutcomeAsync(funds));
        }

        using (var again = await PostPaymentEventAsync(client, eventId, "payment.authorized", order["paymentReference"]!.GetValue<string>()))
        {
            Assert.Equal("Replayed", await OutcomeAsync(again));
        }

        var shipped = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "SHIPPED");
        Assert.NotNull(shipped["trackingNumber"]?.GetValue<string>());
        Assert.Equal(PaymentStatus.Captured, await PaymentStatusAsync(api.Services, id));
        Assert.Equal(1, PipelineSteps.Count(await PipelineSteps.EffectsAsync(api.Services, id), PipelineSteps.Capture));
    }

    [Fact]
    public async Task ABankTransferWhoseFundsNeverCameIsCancelledAfterItsOwnTimeoutAndItsStockGoesBackOnSale()
    {
        await using var api = await StartAsync(Settings(
            ("Payments:Methods:bank_transfer:ActionTimeout", "00:00:02"),
            ("Payments:RequiresActionSweepInterval", "00:00:00.200")));
        using var client = api.CreateClient();
        var (variantId, _, available) = await CheckoutSteps.PhysicalVariantAsync(client, 3);

        var transfer = await PlaceAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 2), "bank_transfer");
        var card = await CheckoutSteps.PlaceOrderAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 1), "tok_requires_action");
        CheckoutSteps.AssertNoErrors(transfer);
        CheckoutSteps.AssertNoErrors(card);
        Assert.Equal(("PLACED", "REQUIRES_ACTION"), (transfer["order"]!["status"]!.GetValue<string>(), transfer["paymentStatus"]!.GetValue<string>()));

        var id = transfer["order"]!["id"]!.GetValue<string>();
        var token = transfer["orderToken"]!.GetValue<string>();
        var cancelled = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "CANCELLED");

        Assert.Contains(cancelled["events"]!.AsArray(), e => e!["note"]?.GetValue<string>()?.Contains("not completed within", StringComparison.Ordinal) == true);
        Assert.Equal(PaymentStatus.Voided, await PaymentStatusAsync(api.Services, id));
        Assert.Equal(available - 1, await ForSaleAsync(client, variantId));

        // The card's 3-D Secure keeps the default 30 minutes; funds arriving late change nothing.
        var cardOrder = await PipelineSteps.OrderAsync(client, card["order"]!["id"]!.GetValue<string>(), card["orderToken"]!.GetValue<string>());
        Assert.Equal("PLACED", cardOrder["status"]!.GetValue<string>());
        using var late = await PostPaymentEventAsync(client, $"evt_late_{Guid.NewGuid():N}", "payment.authorized", transfer["order"]!["paymentReference"]!.GetValue<string>());
        Assert.Equal("Ignored", await OutcomeAsync(late));
        Assert.Equal("CANCELLED", (await PipelineSteps.OrderAsync(client, id, token))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CashOnDeliveryIsCapturedOnlyOnceTheCarrierReportsTheParcelDelivered()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);

        var placed = await PlaceAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 1), "cash_on_delivery");

        CheckoutSteps.AssertNoErrors(placed);
        Assert.Equal("AUTHORIZED", placed["paymentStatus"]!.GetValue<string>());
        Assert.Null(placed["order"]!["nextAction"]);
        var id = placed["order"]!["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var shipped = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "SHIPPED");

        // Immediate capture policy, yet nothing is taken before the door.
        Assert.Equal(PaymentStatus.Authorized, await PaymentStatusAsync(api.Services, id));
        Assert.DoesNotContain(shipped["events"]!.AsArray(), e => e!["toStatus"]!.GetValue<string>() == "PAYMENT_CAPTURED");

        var tracking = shipped["trackingNumber"]!.GetValue<string>();
        Assert.Equal("Processed", await OutcomeAsync(await PostTrackingEventAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "OUT_FOR_DELIVERY")));
        var eventId = $"trk_{Guid.NewGuid():N}";
        using (var delivered = await PostTrackingEventAsync(client, eventId, tracking, "DELIVERED"))
        {
            Assert.Equal("Processed", await OutcomeAsync(delivered));
        }

        using (var again = await PostTrackingEventAsync(client, eventId, tracking, "DELIVERED"))
        {
            Assert.Equal("Replayed", await OutcomeAsync(again));
        }

        await WaitForPaymentAsync(api.Services, id, PaymentStatus.Captured);
        var order = await PipelineSteps.OrderAsync(client, id, token);
        Assert.Equal("DELIVERED", order["status"]!.GetValue<string>());
        var events = order["events"]!.AsArray();
        Assert.Single(events, e => e!["toStatus"]!.GetValue<string>() == "DELIVERED" && e["fromStatus"]!.GetValue<string>() == "SHIPPED");
        Assert.Single(events, e => e!["actor"]!.GetValue<string>() == "cash-on-delivery" && e["toStatus"]!.GetValue<string>() == "DELIVERED" && e["fromStatus"]!.GetValue<string>() == "DELIVERED");
    }

    private static async Task<JsonObject> OrderWithActionAsync(HttpClient client, string id, string token) =>
        (await client.DataAsync("query($id: ID!, $token: String!) { order(id: $id, token: $token) { status nextAction { type } } }", new { id, token }))["order"]!.AsObject();

    private static async Task<HttpResponseMessage> PostSignedByAnotherAsync(HttpClient client, string eventId, string reference)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { id = eventId, type = "payment.authorized", data = new { authorizationId = reference } });
        using var request = new HttpRequestMessage(HttpMethod.Post, Headless.Api.Webhooks.SandboxWebhookEndpoints.Path) { Content = new StringContent(body) };
        request.Headers.Add(Infrastructure.Payments.Webhooks.SandboxWebhookSignature.HeaderName, Infrastructure.Payments.Webhooks.SandboxWebhookSignature.Sign("whsec_someone_else", DateTimeOffset.UtcNow, body));
        return await client.SendAsync(request);
    }

    private static async Task WaitForPaymentAsync(IServiceProvider services, string id, PaymentStatus status)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await PaymentStatusAsync(services, id) != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The payment is not {status} after {Patience}.");
            await Task.Delay(100);
        }
    }
}
