using System.Globalization;
using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Pipeline;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Domain.Identity;
using Headless.Domain.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Admin.OrderMoney;

/// <summary>
/// Cancelling, capturing, refunding and returns through <c>/admin/graphql</c> and the storefront, on a real database
/// with the sandbox providers: money never goes back beyond what was captured, stock comes back, and each kind of
/// caller gets what its permissions allow.
/// </summary>
public abstract class OrderMoneyContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string OrderFields = "order { id number status refunds { id status amount { amount currency } reason lines { sku quantity } } returns { id status lines { sku quantity disposition } refund { amount { amount } status } } }";

    private const string Cancel = "mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { " + OrderFields + " errors { code message field } } }";

    private const string Capture = "mutation ($input: CaptureOrderPaymentInput!) { captureOrderPayment(input: $input) { " + OrderFields + " errors { code message field } } }";

    private const string Refund = "mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { refund { id status amount { amount currency } } " + OrderFields + " errors { code message field } } }";

    /// <summary>A fresh database with the sandboxes; <paramref name="pipeline"/> runs orders on by themselves.</summary>
    protected abstract Task<StorefrontApiFactory> StartAsync(bool pipeline);

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@shop.test";

    private static async Task<string> OwnerTokenAsync(StorefrontApiFactory api, HttpClient client, StaffRole role = StaffRole.Owner)
    {
        var email = Email(role.ToString().ToLowerInvariant());
        return await client.StaffTokenAsync(email, await api.CreateStaffAsync(email, role));
    }

    private static async Task<JsonObject> AdminDataAsync(HttpClient client, string query, object input, string token, string field)
    {
        var (_, body) = await client.AdminAsync(query, new { input }, bearer: token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]![field]!.AsObject();
    }

    private static async Task<(int OnHand, int Allocated)> StockAsync(StorefrontApiFactory api, string variantId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var id = GlobalId.Decode(variantId, "ProductVariant");
        var levels = await db.StockLevels.AsNoTracking().Where(s => s.VariantId == id).ToListAsync();
        return (levels.Sum(l => l.OnHand), levels.Sum(l => l.Allocated));
    }

    private static async Task<Payment> PaymentAsync(StorefrontApiFactory api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = GlobalId.Decode(orderId, "Order");
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Payments.AsNoTracking().SingleAsync(p => p.OrderId == id);
    }

    private static decimal Amount(JsonNode? money) => decimal.Parse(money!["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task CancellingAnAuthorizedOrderVoidsThePaymentAndGivesItsStockBackAndARepeatChangesNothing()
    {
        await using var api = await StartAsync(pipeline: false);
        using var client = api.CreateClient();
        var token = await OwnerTokenAsync(api, client);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 2);
        var before = await StockAsync(api, variantId);
        var (orderId, _) = await PipelineSteps.PlacePhysicalAsync(client, variantId, quantity: 2);
        var held = await StockAsync(api, variantId);

        var cancelled = await AdminDataAsync(client, Cancel, new { orderId, reason = "Customer called to cancel", idempotencyKey = "cancel-1" }, token, "cancelOrder");
        var repeated = await AdminDataAsync(client, Cancel, new { orderId, reason = "Customer called to cancel", idempotencyKey = "cancel-1" }, token, "cancelOrder");

        Assert.Equal(before.Allocated + 2, held.Allocated);
        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.Equal("CANCELLED", cancelled["order"]!["status"]!.GetValue<string>());
        Assert.Empty(cancelled["order"]!["refunds"]!.AsArray());
        Assert.Equal(PaymentStatus.Voided, (await PaymentAsync(api, orderId)).Status);
        Assert.Equal(before, await StockAsync(api, variantId));
        Assert.Empty(repeated["errors"]!.AsArray());
        Assert.Equal("CANCELLED", repeated["order"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnOrderCapturedByHandAndThenCancelledIsRefundedInFull()
    {
        await using var api = await StartAsync(pipeline: false);
        using var client = api.CreateClient();
        var token = await OwnerTokenAsync(api, client, StaffRole.Fulfillment);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var (orderId, _) = await PipelineSteps.PlacePhysicalAsync(client, variantId);

        var captured = await AdminDataAsync(client, Capture, new { orderId, idempotencyKey = "capture-1" }, token, "captureOrderPayment");
        var capturedAgain = await AdminDataAsync(client, Capture, new { orderId, idempotencyKey = "capture-1" }, token, "captureOrderPayment");
        var total = (await PaymentAsync(api, orderId)).CapturedAmount;
        var cancelled = await AdminDataAsync(client, Cancel, new { orderId, reason = "Out of stock after all", idempotencyKey = "cancel-1" }, token, "cancelOrder");

        Assert.Equal("PAYMENT_CAPTURED", captured["order"]!["status"]!.GetValue<string>());
        Assert.Empty(capturedAgain["errors"]!.AsArray());
        Assert.True(total > 0);
        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.Equal("CANCELLED", cancelled["order"]!["status"]!.GetValue<string>());
        var refund = cancelled["order"]!["refunds"]!.AsArray().Single()!;
        Assert.Equal(("SUCCEEDED", total), (refund["status"]!.GetValue<string>(), Amount(refund["amount"])));
        var payment = await PaymentAsync(api, orderId);
        Assert.Equal((PaymentStatus.Refunded, 0m), (payment.Status, payment.Refundable));
        var effects = await PipelineSteps.EffectsAsync(api.Services, orderId);
        Assert.Equal((1, 1), (PipelineSteps.Count(effects, PipelineSteps.Capture), PipelineSteps.Count(effects, PipelineSteps.Refund)));
    }

    [Fact]
    public async Task AShippedOrderCannotBeCancelled()
    {
        await using var api = await StartAsync(pipeline: true);
        using var client = api.CreateClient();
        var token = await OwnerTokenAsync(api, client);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var (orderId, orderToken) = await PipelineSteps.PlacePhysicalAsync(client, variantId);
        await PipelineSteps.WaitForStatusAsync(client, orderId, orderToken, Patience, "SHIPPED");

        var refused = await AdminDataAsync(client, Cancel, new { orderId, reason = "Too late", idempotencyKey = "cancel-1" }, token, "cancelOrder");

        Assert.Equal("ALREADY_SHIPPED", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("SHIPPED", refused["order"]!["status"]!.GetValue<string>());
        Assert.Equal(PaymentStatus.Captured, (await PaymentAsync(api, orderId)).Status);
    }

    [Fact]
    public async Task PartialRefundsNeverExceedTheCapturedAmountEvenWhenTwoRace()
    {
        await using var api = await StartAsync(pipeline: false);
        using var client = api.CreateClient();
        var token = await OwnerTokenAsync(api, client);
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 2);
        var (orderId, _) = await PipelineSteps.PlacePhysicalAsync(client, variantId, quantity: 2);
        await AdminDataAsync(client, Capture, new { orderId, idempotencyKey = "capture" }, token, "captureOrderPayment");
        var captured = (await PaymentAsync(api, orderId)).CapturedAmount;
        var lineId = await LineIdAsync(api, orderId);

        var first = await AdminDataAsync(client, Refund, new { orderId, amount = "1.00", reason = "Scratched box", idempotencyKey = "r-1" }, token, "refundOrder");
        var firstAgain = await AdminDataAsync(client, Refund, new { orderId, amount = "1.00", reason = "Scratched box", idempotencyKey = "r-1" }, token, "refundOrder");
        var tooMany = await AdminDataAsync(client, Refund, new { orderId, lines = new[] { new { lineId, quantity = 3 } }, reason = "Three?", idempotencyKey = "r-2" }, token, "refundOrder");
        var tooMuch = await AdminDataAsync(client, Refund, new { orderId, amount = (captured - 1m + 0.01m).ToString(CultureInfo.InvariantCulture), reason = "Too much", idempotencyKey = "r-3" }, token, "refundOrder");

        // Two staff refund the rest at the same moment: one gets it, the other is told there is not that much left.
        var rest = (captured - 1m).ToString(CultureInfo.InvariantCulture);
        using var second = api.CreateClient();
        var raced = await Task.WhenAll(
            AdminDataAsync(client, Refund, new { orderId, amount = rest, reason = "Rest A", idempotencyKey = "race-a" }, token, "refundOrder"),
            AdminDataAsync(second, Refund, new { orderId, amount = rest, reason = "Rest B", idempotencyKey = "race-b" }, token, "refundOrder"));

        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(("SUCCEEDED", 1m), (first["refund"]!["status"]!.GetValue<string>(), Amount(first["refund"]!["amount"])));
        Assert.Equal("PAYMENT_CAPTURED", first["order"]!["status"]!.GetValue<string>());
        Assert.Equal(first["refund"]!["id"]!.GetValue<string>(), firstAgain["refund"]!["id"]!.GetValue<string>());
        Assert.Equal(("REFUND_QUANTITY_EXCEEDED", "lines"), (tooMany["errors"]![0]!["code"]!.GetValue<string>(), tooMany["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal(("REFUND_EXCEEDS_CAPTURED", "amount"), (tooMuch["errors"]![0]!["code"]!.GetValue<string>(), tooMuch["errors"]![0]!["field"]!.GetValue<string>()));
        var outcomes = string.Join(" | ", raced.Select(r => r.ToJsonString()));
        Assert.True(raced.Count(r => r["errors"]!.AsArray().Count == 0) == 1, outcomes);
        Assert.True(raced.Count(r => r["errors"]!.AsArray().Count == 1 && r["errors"]![0]!["code"]!.GetValue<string>() == "REFUND_EXCEEDS_CAPTURED") == 1, outcomes);
        var payment = await PaymentAsync(api, orderId);
        Assert.Equal((captured, captured, PaymentStatus.Refunded), (payment.CapturedAmount, payment.RefundedAmount, payment.Status));
        var final = raced.Single(r => r["errors"]!.AsArray().Count == 0)["order"]!;
        Assert.Equal("REFUNDED", final["status"]!.GetValue<string>());
        Assert.Equal(captured, final["refunds"]!.AsArray().Where(r => r!["status"]!.GetValue<string>() == "SUCCEEDED").Sum(r => Amount(r!["amount"])));
        var effects = await PipelineSteps.EffectsAsync(api.Services, orderId);
        Assert.Equal(2, PipelineSteps.Count(effects, PipelineSteps.Refund));
    }

    [Fact]
    public async Task AFullReturnIsRestockedAndRefundedAndEachStepReachesTheOrderHistory()
    {
        await using var api = await StartAsync(pipeline: true);
        using var client = api.CreateClient();
        var token = await OwnerTokenAsync(api, client);
        var (variantId, price, _) = await CheckoutSteps.PhysicalVariantAsync(client, 2);
        var (orderId, orderToken) = await PipelineSteps.PlacePhysicalAsync(client, variantId, quantity: 2);
        var shipped = await PipelineSteps.WaitForStatusAsync(client, orderId, orderToken, Patience, "SHIPPED");
        var lineId = await LineIdAsync(api, orderId);
        var early = await RequestReturnAsync(client, orderId, orderToken, lineId, 2, "early");
        var tracking = shipped["trackingNumber"]!.GetValue<string>();
        using (var inTransit = await PipelineSteps.PostTrackingAsync(client, tracking, "IN_TRANSIT"))
        using (var delivered = await PipelineSteps.PostTrackingAsync(client, tracking, "DELIVERED"))
        {
            Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (inTransit.StatusCode, delivered.StatusCode));
        }

        await PipelineSteps.WaitForStatusAsync(client, orderId, orderToken, Patience, "DELIVERED");

        var afterShipping = await StockAsync(api, variantId);
        var tooMany = await RequestReturnAsync(client, orderId, orderToken, lineId, 3, "too-many");
        var wrongToken = await RequestReturnAsync(client, orderId, "not-the-token", lineId, 1, "wrong-token");
        var requested = await RequestReturnAsync(client, orderId, orderToken, lineId, 2, "return-1");
        var repeated = await RequestReturnAsync(client, orderId, orderToken, lineId, 2, "return-1");
        Assert.True(requested["return"] is JsonObject, requested.ToJsonString());
        var returnId = requested["return"]!["id"]!.GetValue<string>();
        var approved = await AdminDataAsync(client, "mutation ($input: ApproveReturnInput!) { approveReturn(input: $input) { return { status } errors { code } } }", new { returnId }, token, "approveReturn");
        var received = await AdminDataAsync(
            client,
            "mutation ($input: ReceiveReturnInput!) { receiveReturn(input: $input) { return { status lines { disposition } } refund { status amount { amount } lines { quantity } } errors { code message } } }",
            new { returnId, lines = new[] { new { lineId, disposition = "RESTOCK" } } },
            token,
            "receiveReturn");

        Assert.Equal("NOT_DELIVERED", early["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("QUANTITY_EXCEEDED", tooMany["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("ORDER_NOT_FOUND", wrongToken["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("REQUESTED", requested["return"]!["status"]!.GetValue<string>());
        Assert.Equal(returnId, repeated["return"]!["id"]!.GetValue<string>());
        Assert.Equal("APPROVED", approved["return"]!["status"]!.GetValue<string>());
        Assert.Empty(received["errors"]!.AsArray());
        Assert.Equal("RECEIVED", received["return"]!["status"]!.GetValue<string>());
        Assert.Equal(("SUCCEEDED", price * 2), (received["refund"]!["status"]!.GetValue<string>(), Amount(received["refund"]!["amount"])));
        Assert.Equal((afterShipping.OnHand + 2, afterShipping.Allocated), await StockAsync(api, variantId));

        // The shopper sees the return and every step in the order's history (what orderStatusChanged replays and pushes).
        var order = (await client.DataAsync(
            "query ($id: ID!, $token: String!) { order(id: $id, token: $token) { status returns { status lines { quantity } } events { sequence toStatus note } } }",
            new { id = orderId, token = orderToken }))["order"]!;
        Assert.Equal("RECEIVED", order["returns"]![0]!["status"]!.GetValue<string>());
        var notes = order["events"]!.AsArray().Select(e => e!["note"]?.GetValue<string>() ?? "").ToList();
        Assert.Contains(notes, n => n.StartsWith("Return requested", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Return approved", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Return received", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Refunded", StringComparison.Ordinal));
        var payment = await PaymentAsync(api, orderId);
        Assert.Equal(price * 2, payment.RefundedAmount);
        Assert.Equal(payment.Refundable == 0 ? "REFUNDED" : "DELIVERED", order["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task EachKindOfCallerGetsWhatItsPermissionsAllowOnRefundOrder()
    {
        await using var api = await StartAsync(pipeline: false);
        using var client = api.CreateClient();
        var owner = await OwnerTokenAsync(api, client);
        var fulfilment = await OwnerTokenAsync(api, client, StaffRole.Fulfillment);
        var support = await OwnerTokenAsync(api, client, StaffRole.Support);
        var (_, keyBody) = await client.AdminAsync(
            "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { code } } }",
            new { input = new { name = "erp", permissions = new[] { Permissions.OrdersRead, Permissions.OrdersWrite } } },
            bearer: owner);
        var apiKey = keyBody["data"]!["createApiKey"]!["secret"]!.GetValue<string>();
        var (_, customer) = await api.IssueAsync(Guid.NewGuid().ToString());
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var (orderId, _) = await PipelineSteps.PlacePhysicalAsync(client, variantId);
        await AdminDataAsync(client, Capture, new { orderId, idempotencyKey = "capture" }, owner, "captureOrderPayment");

        object Input(string key) => new { input = new { orderId, amount = "0.10", reason = "Goodwill", idempotencyKey = key } };
        var (_, asOwner) = await client.AdminAsync(Refund, Input("owner"), bearer: owner);
        var (_, asFulfilment) = await client.AdminAsync(Refund, Input("fulfilment"), bearer: fulfilment);
        var (_, asKey) = await client.AdminAsync(Refund, Input("key"), apiKey: apiKey);
        var (_, asSupport) = await client.AdminAsync(Refund, Input("support"), bearer: support);
        var (_, asCustomer) = await client.AdminAsync(Refund, Input("customer"), bearer: customer.Token);
        var (_, asAnonymous) = await client.AdminAsync(Refund, Input("anonymous"));

        foreach (var allowed in new[] { asOwner, asFulfilment, asKey })
        {
            Assert.True(allowed["errors"] is null, allowed.ToJsonString());
            Assert.Equal("SUCCEEDED", allowed["data"]!["refundOrder"]!["refund"]!["status"]!.GetValue<string>());
        }

        Assert.Equal("FORBIDDEN", asSupport.ErrorCode());
        Assert.Equal("FORBIDDEN", asCustomer.ErrorCode());
        Assert.Equal("UNAUTHENTICATED", asAnonymous.ErrorCode());
        Assert.Equal("""["refundOrder"]""", asAnonymous["errors"]![0]!["path"]!.ToJsonString());
        Assert.NotNull(asAnonymous["errors"]![0]!["locations"]);
        Assert.Equal(0.30m, (await PaymentAsync(api, orderId)).RefundedAmount);
    }

    private static async Task<JsonObject> RequestReturnAsync(HttpClient client, string orderId, string token, string lineId, int quantity, string key)
    {
        var data = await client.DataAsync(
            "mutation ($input: RequestReturnInput!) { requestReturn(input: $input) { return { id status lines { lineId quantity } } errors { code message path } } }",
            new { input = new { orderId, token, lines = new[] { new { lineId, quantity } }, reason = "Does not fit", idempotencyKey = key } });
        return data["requestReturn"]!.AsObject();
    }

    private static async Task<string> LineIdAsync(StorefrontApiFactory api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var id = GlobalId.Decode(orderId, "Order");
        var order = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id);
        return GlobalId.Encode("OrderLine", order.Lines.Single().Id);
    }

    /// <summary>Settings for <see cref="StartAsync"/>.</summary>
    protected static Dictionary<string, string> Settings(bool pipeline)
    {
        var settings = new Dictionary<string, string>(pipeline ? TestHostSettings.Pipeline : new Dictionary<string, string>())
        {
            ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
        };
        return settings;
    }
}
