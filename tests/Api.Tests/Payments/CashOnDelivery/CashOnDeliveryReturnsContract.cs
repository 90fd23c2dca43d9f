using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Pipeline;
using Headless.Api.Tests.Support;
using Headless.Domain.Inventory;
using Headless.Domain.Payments;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using OrderPipelineRoutes = Headless.Infrastructure.Pipeline.OrderPipelineRoutes;
using PipelineStepStatus = Headless.Infrastructure.Pipeline.PipelineStepStatus;
using StepLeaseLostException = Headless.Infrastructure.Pipeline.StepLeaseLostException;
using StepRun = Headless.Infrastructure.Pipeline.StepRun;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Headless.Api.Tests.Payments.PaymentMethodSteps;

namespace Headless.Api.Tests.Payments.CashOnDelivery;

/// <summary>
/// Cash-on-delivery parcels that do not reach the shopper, through the storefront API and the signed tracking webhook
/// with the pipeline on: a failed attempt changes nothing; a refusal (or a parcel back without one) voids the payment,
/// cancels the order and is recorded against the shopper; the parcel back puts its goods on hand once, whatever the
/// carrier repeats and however often the steps run.
/// </summary>
public abstract partial class CashOnDeliveryReturnsContract
{
    private const string GuestEmail = "Ada@Example.com";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected abstract Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings);

    protected static Dictionary<string, string> Settings() => new(TestHostSettings.Pipeline)
    {
        ["Payments:Methods:cash_on_delivery:Enabled"] = "true",
    };

    [Fact]
    public async Task ARefusedParcelCancelsTheOrderVoidsThePaymentAndIsRecordedAndItsReturnRestocksOnce()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var (variantId, _, available) = await CheckoutSteps.PhysicalVariantAsync(client, 2);
        var stockBefore = await StockAsync(api.Services, variantId);
        var refusalsBefore = await RefusalsAsync(api.Services);
        var (id, token, tracking) = await ShippedCashOnDeliveryOrderAsync(client, variantId);

        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "OUT_FOR_DELIVERY"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "DELIVERY_FAILED"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "OUT_FOR_DELIVERY"));
        var refusal = $"trk_{Guid.NewGuid():N}";
        Assert.Equal("Processed", await PostAsync(client, refusal, tracking, "REFUSED"));
        Assert.Equal("Replayed", await PostAsync(client, refusal, tracking, "REFUSED"));

        var cancelled = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "CANCELLED");
        Assert.Equal("REFUSED", cancelled["shipments"]![0]!["status"]!.GetValue<string>());
        Assert.Single(cancelled["events"]!.AsArray(), e => Cancelling(e) && e!["actor"]!.GetValue<string>() == "cash-on-delivery");
        Assert.Equal(PaymentStatus.Voided, await PaymentStatusAsync(api.Services, id));
        Assert.Equal(refusalsBefore + 1, await RefusalsAsync(api.Services));

        // Refused is not back yet: the goods are on the road, still off hand.
        Assert.Equal((stockBefore.OnHand - 2, stockBefore.Allocated), await StockAsync(api.Services, variantId));

        var back = $"trk_{Guid.NewGuid():N}";
        Assert.Equal("Processed", await PostAsync(client, back, tracking, "RETURNED_TO_SENDER"));
        Assert.Equal("Replayed", await PostAsync(client, back, tracking, "RETURNED_TO_SENDER"));
        Assert.Equal("Ignored", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "RETURNED_TO_SENDER"));
        await WaitForStockAsync(api.Services, variantId, stockBefore);
        Assert.Equal(available, await ForSaleAsync(client, variantId));

        // Both steps run again (a redelivery after a crash): no second effect.
        await RunAgainAsync(api.Services, id, OrderPipelineRoutes.DeliveryRefusal);
        await RunAgainAsync(api.Services, id, OrderPipelineRoutes.ParcelRestock);
        Assert.Equal(stockBefore, await StockAsync(api.Services, variantId));
        Assert.Equal(1, await ReturnedMovementsAsync(api.Services, id));
        Assert.Equal(refusalsBefore + 1, await RefusalsAsync(api.Services));
        var order = await PipelineSteps.OrderAsync(client, id, token);
        Assert.Equal("CANCELLED", order["status"]!.GetValue<string>());
        Assert.Equal("RETURNED_TO_SENDER", order["shipments"]![0]!["status"]!.GetValue<string>());
        Assert.Single(order["events"]!.AsArray(), Cancelling);
        Assert.Single(order["events"]!.AsArray(), e => e!["fromStatus"]?.GetValue<string>() == "CANCELLED" && e["toStatus"]!.GetValue<string>() == "CANCELLED");
    }

    [Fact]
    public async Task AFailedAttemptDoesNotCancelAndAParcelBackUncollectedCancelsAndRestocksOnceWhenReportedTwice()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 2);
        var stockBefore = await StockAsync(api.Services, variantId);
        var refusalsBefore = await RefusalsAsync(api.Services);
        var (id, token, tracking) = await ShippedCashOnDeliveryOrderAsync(client, variantId);

        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "IN_TRANSIT"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "DELIVERY_FAILED"));

        // The carrier will try again: nothing is cancelled, voided or recorded (given the pipeline a moment to act).
        await Task.Delay(TimeSpan.FromSeconds(2));
        var failed = await PipelineSteps.OrderAsync(client, id, token);
        Assert.Equal("SHIPPED", failed["status"]!.GetValue<string>());
        Assert.Equal("DELIVERY_FAILED", failed["shipments"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(PaymentStatus.Authorized, await PaymentStatusAsync(api.Services, id));
        Assert.Equal(refusalsBefore, await RefusalsAsync(api.Services));

        // Never collected: the parcel comes back; the carrier's webhook arrives twice (the same event) and once more
        // under another id.
        var back = $"trk_{Guid.NewGuid():N}";
        Assert.Equal("Processed", await PostAsync(client, back, tracking, "RETURNED_TO_SENDER"));
        Assert.Equal("Replayed", await PostAsync(client, back, tracking, "RETURNED_TO_SENDER"));
        Assert.Equal("Ignored", await PostAsync(client, $"trk_{Guid.NewGuid():N}", tracking, "RETURNED_TO_SENDER"));

        await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "CANCELLED");
        await WaitForStockAsync(api.Services, variantId, stockBefore);
        await RunAgainAsync(api.Services, id, OrderPipelineRoutes.ParcelRestock);
        Assert.Equal(stockBefore, await StockAsync(api.Services, variantId));
        Assert.Equal(1, await ReturnedMovementsAsync(api.Services, id));
        Assert.Equal(PaymentStatus.Voided, await PaymentStatusAsync(api.Services, id));
        Assert.Equal(refusalsBefore + 1, await RefusalsAsync(api.Services));
    }

    [Fact]
    public async Task ASecondParcelBackWhileTheRestockRunsIsRestockedTooAndTheRunThatMissedItCannotFinish()
    {
        await using var api = await StartAsync(Settings());
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        await PipelineSteps.SpreadStockAsync(api.Services, GlobalId.Decode(variantId, "ProductVariant"), [1, 1]);
        var stockBefore = await StockAsync(api.Services, variantId);
        var (id, _, shipped) = await ShippedCashOnDeliveryOrderJsonAsync(client, variantId);
        var trackingNumbers = shipped["shipments"]!.AsArray().Select(p => p!["trackingNumber"]!.GetValue<string>()).ToList();
        Assert.Equal(2, trackingNumbers.Count);

        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", trackingNumbers[0], "IN_TRANSIT"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", trackingNumbers[0], "DELIVERY_FAILED"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", trackingNumbers[0], "RETURNED_TO_SENDER"));
        await WaitForStockAsync(api.Services, variantId, (stockBefore.OnHand - 1, stockBefore.Allocated));
        var orderId = GlobalId.Decode(id, "Order");
        await WaitForStepAsync(api.Services, orderId, OrderPipelineRoutes.ParcelRestock);

        // An instance has claimed the restock again and read the parcels before the second one is reported back.
        var running = await ClaimAsAnotherInstanceAsync(api.Services, orderId, OrderPipelineRoutes.ParcelRestock);
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", trackingNumbers[1], "IN_TRANSIT"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", trackingNumbers[1], "DELIVERY_FAILED"));
        Assert.Equal("Processed", await PostAsync(client, $"trk_{Guid.NewGuid():N}", trackingNumbers[1], "RETURNED_TO_SENDER"));

        // That run, blind to the second parcel, cannot mark the step done; the step runs again and sees both.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            await Assert.ThrowsAsync<StepLeaseLostException>(() => running.CompleteAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));
        }

        await WaitForStockAsync(api.Services, variantId, stockBefore);
        await WaitForStepAsync(api.Services, orderId, OrderPipelineRoutes.ParcelRestock);
        Assert.Equal(stockBefore, await StockAsync(api.Services, variantId));
        Assert.Equal(2, await ReturnedMovementsAsync(api.Services, id));
    }

    /// <summary>Takes the step's lease as an instance that is running it would hold it.</summary>
    private static async Task<StepRun> ClaimAsAnotherInstanceAsync(IServiceProvider services, Guid orderId, string handler)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var owner = Guid.NewGuid();
        var until = DateTimeOffset.UtcNow.AddMinutes(10);
        var claimed = await db.PipelineSteps
            .Where(s => s.OrderId == orderId && s.Handler == handler && s.Status == PipelineStepStatus.Done)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, PipelineStepStatus.Pending)
                .SetProperty(x => x.CompletedAt, (DateTimeOffset?)null)
                .SetProperty(x => x.LeaseOwner, owner)
                .SetProperty(x => x.LeaseExpiresAt, until));
        Assert.Equal(1, claimed);
        var stepId = await db.PipelineSteps.AsNoTracking().Where(s => s.OrderId == orderId && s.Handler == handler).Select(s => s.Id).SingleAsync();
        return new StepRun(stepId, orderId, handler, Attempt: 1, MaxAttempts: 5, owner);
    }

    // The parcel's return is recorded on the cancelled order too (CANCELLED to CANCELLED): only the cancellation counts here.
    private static bool Cancelling(JsonNode? e) => e!["fromStatus"]?.GetValue<string>() == "SHIPPED" && e["toStatus"]!.GetValue<string>() == "CANCELLED";

    private static async Task<(string Id, string Token, string TrackingNumber)> ShippedCashOnDeliveryOrderAsync(HttpClient client, string variantId)
    {
        var (id, token, shipped) = await ShippedCashOnDeliveryOrderJsonAsync(client, variantId);
        return (id, token, shipped["trackingNumber"]!.GetValue<string>());
    }

    private static async Task<(string Id, string Token, JsonObject Order)> ShippedCashOnDeliveryOrderJsonAsync(HttpClient client, string variantId)
    {
        var placed = await PlaceAsync(client, await CheckoutSteps.ReadyCartAsync(client, variantId, 2), "cash_on_delivery");
        CheckoutSteps.AssertNoErrors(placed);
        var id = placed["order"]!["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        return (id, token, await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "SHIPPED"));
    }

    private static async Task<string> PostAsync(HttpClient client, string eventId, string tracking, string status)
    {
        using var response = await PostTrackingEventAsync(client, eventId, tracking, status);
        return await OutcomeAsync(response);
    }

    /// <summary>Refusals recorded under the guest's email, through the method the fraud rules use.</summary>
    private static async Task<int> RefusalsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliveryRefusalCount>().ForEmailAsync(GuestEmail, CancellationToken.None);
    }

    private static async Task<int> ReturnedMovementsAsync(IServiceProvider services, string orderGlobalId)
    {
        await using var scope = services.CreateAsyncScope();
        var reference = $"order:{GlobalId.Decode(orderGlobalId, "Order")}";
        return await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().StockMovements.AsNoTracking()
            .CountAsync(m => m.Reference == reference && m.Reason == StockMovementReason.Returned);
    }

    private static async Task WaitForStockAsync(IServiceProvider services, string variantId, (int OnHand, int Allocated) expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (await StockAsync(services, variantId) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Stock is {await StockAsync(services, variantId)}, not {expected}, after {Patience}.");
            await Task.Delay(100);
        }
    }

    /// <summary>Puts a done step back to pending, as a redelivery would, and waits until it is done again.</summary>
    private static async Task RunAgainAsync(IServiceProvider services, string orderGlobalId, string handler)
    {
        var orderId = GlobalId.Decode(orderGlobalId, "Order");
        await WaitForStepAsync(services, orderId, handler);
        await using (var scope = services.CreateAsyncScope())
        {
            var now = DateTimeOffset.UtcNow;
            var rearmed = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().PipelineSteps
                .Where(s => s.OrderId == orderId && s.Handler == handler && s.Status == PipelineStepStatus.Done)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PipelineStepStatus.Pending).SetProperty(x => x.NextAttemptAt, now).SetProperty(x => x.CompletedAt, (DateTimeOffset?)null));
            Assert.Equal(1, rearmed);
        }

        await WaitForStepAsync(services, orderId, handler);
    }

    private static async Task WaitForStepAsync(IServiceProvider services, Guid orderId, string handler)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var status = await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().PipelineSteps.AsNoTracking()
                .Where(s => s.OrderId == orderId && s.Handler == handler).Select(s => (PipelineStepStatus?)s.Status).SingleOrDefaultAsync();
            if (status == PipelineStepStatus.Done)
            {
                return;
            }

            Assert.True(status != PipelineStepStatus.Parked, $"Step {handler} was parked.");
            Assert.True(DateTime.UtcNow < deadline, $"Step {handler} is {status?.ToString() ?? "missing"} after {Patience}.");
            await Task.Delay(100);
        }
    }
}
