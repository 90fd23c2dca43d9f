using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Admin;
using Headless.Api.Tests.Identity;
using Headless.Api.Tests.Pipeline;
using Headless.Domain.Identity;
using Headless.Infrastructure.Payments;
using Microsoft.Extensions.DependencyInjection;
using OrderPipelineRoutes = Headless.Infrastructure.Pipeline.OrderPipelineRoutes;
using static Headless.Api.Tests.Payments.PaymentMethodSteps;

namespace Headless.Api.Tests.Payments.CashOnDelivery;

/// <summary>Refusals as the fraud rules and the staff see them: by account, and through <c>/admin/graphql</c>.</summary>
public abstract partial class CashOnDeliveryReturnsContract
{
    private const string AdminOrderQuery = """
        query ($id: ID!) {
          order(id: $id) {
            status paymentStatus
            payments { method status captured { amount } }
            shipments { status trackingNumber events { status } }
            events { fromStatus toStatus actor note }
          }
        }
        """;

    [Fact]
    public async Task ASignedInCustomersRefusalCountsAgainstTheirAccountAndAGuestOrderUnderTheSameEmailDoesNot()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var (email, access, _) = await client.NewAccountAsync();
        var customerId = GlobalId.Decode((await client.MeAsync(access))!["id"]!.GetValue<string>(), "Customer");
        Assert.Equal(0, await RefusalsOfCustomerAsync(api.Services, customerId));

        var (signedIn, signedInToken, signedInTracking) = await ShippedCashOnDeliveryOrderAsync(client, await client.ReadyCartAsync(email, access), access);
        await RefuseAsync(client, signedInTracking);
        await PipelineSteps.WaitForStatusAsync(client, signedIn, signedInToken, Patience, "CANCELLED");
        await WaitForStepAsync(api.Services, GlobalId.Decode(signedIn, "Order"), OrderPipelineRoutes.DeliveryRefusal);
        Assert.Equal(1, await RefusalsOfCustomerAsync(api.Services, customerId));

        // The same address at the door, but not signed in: the refusal is kept under the email only.
        var (guest, guestToken, guestTracking) = await ShippedCashOnDeliveryOrderAsync(client, await client.ReadyCartAsync(email, skip: 1), accessToken: null);
        await RefuseAsync(client, guestTracking);
        await PipelineSteps.WaitForStatusAsync(client, guest, guestToken, Patience, "CANCELLED");
        await WaitForStepAsync(api.Services, GlobalId.Decode(guest, "Order"), OrderPipelineRoutes.DeliveryRefusal);

        Assert.Equal(1, await RefusalsOfCustomerAsync(api.Services, customerId));
        await using var scope = api.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<DeliveryRefusalCount>().ForEmailAsync(email, CancellationToken.None));
    }

    [Fact]
    public async Task StaffReadTheRefusalTheReturnAndTheVoidedPaymentThroughTheAdminApi()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var staffEmail = $"support-{Guid.NewGuid():N}@shop.test";
        var staff = await client.StaffTokenAsync(staffEmail, await api.CreateStaffAsync(staffEmail, StaffRole.Support));
        var (variantId, _, _) = await Checkout.CheckoutSteps.PhysicalVariantAsync(client, 2);
        var stockBefore = await StockAsync(api.Services, variantId);
        var (id, token, tracking) = await ShippedCashOnDeliveryOrderAsync(client, variantId);

        var shipped = await AdminOrderAsync(client, staff, id);
        Assert.Equal(("SHIPPED", "AUTHORIZED", "LABEL_CREATED"), ((string?)shipped["status"], (string?)shipped["paymentStatus"], (string?)shipped["shipments"]![0]!["status"]));

        await RefuseAsync(client, tracking);
        await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "CANCELLED");
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "RETURNED_TO_SENDER"));
        await WaitForStockAsync(api.Services, variantId, stockBefore);

        var order = await AdminOrderAsync(client, staff, id);
        Assert.Equal(("CANCELLED", "VOIDED"), ((string?)order["status"], (string?)order["paymentStatus"]));
        var payment = order["payments"]!.AsArray().Single()!;
        Assert.Equal(("cash_on_delivery", "VOIDED", 0m), ((string?)payment["method"], (string?)payment["status"], decimal.Parse((string)payment["captured"]!["amount"]!, System.Globalization.CultureInfo.InvariantCulture)));
        var parcel = order["shipments"]!.AsArray().Single()!;
        Assert.Equal(("RETURNED_TO_SENDER", tracking), ((string?)parcel["status"], (string?)parcel["trackingNumber"]));
        Assert.Equal(["PLANNED", "LABEL_CREATED", "OUT_FOR_DELIVERY", "REFUSED", "RETURNED_TO_SENDER"], parcel["events"]!.AsArray().Select(e => (string)e!["status"]!));
        var events = order["events"]!.AsArray();
        Assert.Single(events, e => Cancelling(e) && (string?)e!["actor"] == DeliveryRefusalStepActor);
        Assert.Single(events, e => (string?)e!["fromStatus"] == "SHIPPED" && (string?)e["toStatus"] == "SHIPPED" && ((string?)e["note"])!.Contains("refused at the door", StringComparison.Ordinal));
        Assert.Single(events, e => (string?)e!["fromStatus"] == "CANCELLED" && (string?)e["toStatus"] == "CANCELLED" && ((string?)e["note"])!.Contains("came back to the sender", StringComparison.Ordinal));
    }

    private const string DeliveryRefusalStepActor = Infrastructure.Pipeline.Steps.DeliveryRefusalStep.Actor;

    private static async Task RefuseAsync(HttpClient client, string tracking)
    {
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "OUT_FOR_DELIVERY"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "REFUSED"));
    }

    private static async Task<JsonObject> AdminOrderAsync(HttpClient client, string staff, string id)
    {
        var (_, body) = await client.AdminAsync(AdminOrderQuery, new { id }, bearer: staff);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["order"]!.AsObject();
    }

    /// <summary>Refusals recorded under the account, through the method the fraud rules use.</summary>
    private static async Task<int> RefusalsOfCustomerAsync(IServiceProvider services, Guid customerId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliveryRefusalCount>().ForCustomerAsync(customerId, CancellationToken.None);
    }

    /// <summary>Places a ready cart with cash on delivery (signed in when <paramref name="accessToken"/> is given) and waits until it ships.</summary>
    private static async Task<(string Id, string Token, string TrackingNumber)> ShippedCashOnDeliveryOrderAsync(HttpClient client, string cartId, string? accessToken)
    {
        var placed = await PlaceAsync(client, cartId, "cash_on_delivery", accessToken: accessToken);
        Checkout.CheckoutSteps.AssertNoErrors(placed);
        var id = placed["order"]!["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var shipped = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "SHIPPED");
        return (id, token, shipped["trackingNumber"]!.GetValue<string>());
    }
}
