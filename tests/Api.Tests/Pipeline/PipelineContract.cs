using System.Text.Json.Nodes;
using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Pipeline;

/// <summary>
/// The automated order pipeline against a real database and the sandbox providers: every order runs from
/// placement to its final state by itself, each step's effect happens once, failures are retried, refunded or parked.
/// </summary>
public abstract partial class PipelineContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A host with the pipeline on, over a fresh database, with <paramref name="settings"/> on top.</summary>
    protected abstract Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null);

    /// <summary>Starts the host (migrations, seed) with test services swapped in, if any.</summary>
    protected static WebApplicationFactory<Program> Started(StorefrontApiFactory factory, Action<IServiceCollection>? services)
    {
        var host = services is null ? factory : factory.WithWebHostBuilder(b => b.ConfigureTestServices(services));
        host.CreateClient().Dispose();
        return host;
    }

    protected static Dictionary<string, string> With(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>(TestHostSettings.Pipeline);
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    [Fact]
    public async Task AServiceOrderIsCreditedAndFulfilledWithItsReference()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();

        var (id, token) = await PipelineSteps.PlaceTopUpAsync(client);
        var order = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "FULFILLED");

        var line = order["lines"]![0]!;
        Assert.Equal(PipelineSteps.Recipient, line["recipient"]!.GetValue<string>());
        Assert.Equal("FULFILLED", line["fulfillment"]!["status"]!.GetValue<string>());
        Assert.StartsWith("OPR-", line["fulfillment"]!["reference"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(line["fulfillment"]!["completedAt"]);
        Assert.Equal(
            ["PLACED", "PAYMENT_AUTHORIZED", "PAYMENT_AUTHORIZED", "PAYMENT_AUTHORIZED", "PAYMENT_CAPTURED", "FULFILLED"],
            order["events"]!.AsArray().Select(e => e!["toStatus"]!.GetValue<string>()));
        Assert.Contains(order["events"]!.AsArray(), e => e!["note"]?.GetValue<string>() == "Risk screening passed.");
        var effects = await PipelineSteps.EffectsAsync(api.Services, id);
        Assert.Equal((1, 1), (PipelineSteps.Count(effects, PipelineSteps.Capture), PipelineSteps.Count(effects, PipelineSteps.OperatorTopUp)));
    }

    [Fact]
    public async Task AServiceLineWithAPhoneNumberOfAnotherCountryIsRefused()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var variantId = await PipelineSteps.TopUpVariantAsync(client);

        var created = await CheckoutSteps.CreateCartAsync(client, new { email = "ada@example.com", lines = new[] { new { variantId, quantity = 1, recipient = "+33612345678" } } });

        var error = created["errors"]!.AsArray().Single()!;
        Assert.Equal("INVALID_RECIPIENT", error["code"]!.GetValue<string>());
        Assert.Equal(["lines", "0", "recipient"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task APhysicalOrderShipsWithATrackingNumberThenIsDeliveredThroughTheSignedTrackingWebhook()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);

        var (id, token) = await PipelineSteps.PlacePhysicalAsync(client, variantId);
        var shipped = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "SHIPPED");

        var tracking = shipped["trackingNumber"]!.GetValue<string>();
        var shipment = shipped["shipments"]!.AsArray().Single()!;
        Assert.Equal((tracking, "sandbox", "LABEL_CREATED"), (shipment["trackingNumber"]!.GetValue<string>(), shipment["carrier"]!.GetValue<string>(), shipment["status"]!.GetValue<string>()));
        Assert.EndsWith(tracking, shipment["trackingUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(shipped["events"]!.AsArray(), e => e!["toStatus"]!.GetValue<string>() == "SHIPPED" && e["note"]!.GetValue<string>().Contains(tracking, StringComparison.Ordinal));

        using (var forged = await PipelineSteps.PostTrackingAsync(client, tracking, "DELIVERED", secret: "not-the-secret"))
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        Assert.Equal("SHIPPED", (await PipelineSteps.OrderAsync(client, id, token))["status"]!.GetValue<string>());
        using (var inTransit = await PipelineSteps.PostTrackingAsync(client, tracking, "IN_TRANSIT"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, inTransit.StatusCode);
        }

        using (var delivered = await PipelineSteps.PostTrackingAsync(client, tracking, "DELIVERED"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, delivered.StatusCode);
        }

        var order = await PipelineSteps.OrderAsync(client, id, token);
        Assert.Equal("DELIVERED", order["status"]!.GetValue<string>());
        Assert.Equal(["PLANNED", "LABEL_CREATED", "IN_TRANSIT", "DELIVERED"], order["shipments"]![0]!["events"]!.AsArray().Select(e => e!["status"]!.GetValue<string>()));
        var effects = await PipelineSteps.EffectsAsync(api.Services, id);
        Assert.Equal((1, 1), (PipelineSteps.Count(effects, PipelineSteps.Capture), PipelineSteps.Count(effects, PipelineSteps.Booking)));
    }

    [Fact]
    public async Task StockSpreadOverTwoLocationsShipsInTwoParcelsAndStockInOneLocationInOne()
    {
        await using var api = await StartAsync();
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        var variant = GlobalId.Decode(variantId, "ProductVariant");
        var locations = await PipelineSteps.SpreadStockAsync(api.Services, variant, [1, 1]);

        var (id, token) = await PipelineSteps.PlacePhysicalAsync(client, variantId, quantity: 2);
        var split = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "SHIPPED");

        var parcels = split["shipments"]!.AsArray();
        Assert.Equal(2, parcels.Count);
        Assert.All(parcels, p => Assert.Equal(1, p!["lines"]![0]!["quantity"]!.GetValue<int>()));
        Assert.Equal(2, parcels.Select(p => p!["trackingNumber"]!.GetValue<string>()).Distinct().Count());
        Assert.Contains(split["events"]!.AsArray(), e => e!["note"]?.GetValue<string>() == "Stock confirmed at 2 locations: the order ships in 2 parcels.");

        // Two units in the second location and one in the first: the checkout takes the fullest location; either way one parcel.
        await PipelineSteps.SpreadStockAsync(api.Services, variant, [1, 2], locations);
        var (single, singleToken) = await PipelineSteps.PlacePhysicalAsync(client, variantId, quantity: 2);
        var one = await PipelineSteps.WaitForStatusAsync(client, single, singleToken, Patience, "SHIPPED");
        Assert.Single(one["shipments"]!.AsArray());
    }

    [Fact]
    public async Task AFailingOperatorIsRetriedThenTheOrderIsRefundedWithTheReason()
    {
        await using var api = await StartAsync(With(("Outbox:Steps:MaxAttempts", "3")));
        using var client = api.CreateClient();

        var (id, token) = await PipelineSteps.PlaceTopUpAsync(client, recipient: "+4915100000000");
        var order = await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "REFUNDED");

        var fulfillment = order["lines"]![0]!["fulfillment"]!;
        Assert.Equal("FAILED", fulfillment["status"]!.GetValue<string>());
        Assert.Contains("unavailable", fulfillment["failureReason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(order["events"]!.AsArray(), e => e!["toStatus"]!.GetValue<string>() == "REFUNDED" && e["note"]!.GetValue<string>().Contains("could not be delivered", StringComparison.Ordinal));
        // The refund commits the order's REFUNDED before the step that asked for it records its own end.
        var step = await WaitForStepAsync(api.Services, id, OrderPipelineRoutes.ServiceFulfillment, PipelineStepStatus.Done);
        Assert.Equal((PipelineStepStatus.Done, 3), (step.Status, step.Attempts));
        var effects = await PipelineSteps.EffectsAsync(api.Services, id);
        Assert.Equal((1, 1, 0), (PipelineSteps.Count(effects, PipelineSteps.Capture), PipelineSteps.Count(effects, PipelineSteps.Refund), PipelineSteps.Count(effects, PipelineSteps.OperatorTopUp)));
    }

    [Fact]
    public async Task AParkedStepKeepsItsReasonAndRunsAgainWhenRetried()
    {
        var screen = new BrokenRiskScreen();
        await using var api = await StartAsync(With(("Outbox:Steps:MaxAttempts", "2")), s => s.AddSingleton<IRiskScreen>(screen));
        using var client = api.CreateClient();

        var (id, token) = await PipelineSteps.PlaceTopUpAsync(client);
        var parked = await WaitForParkedAsync(api.Services);

        Assert.Equal(OrderPipelineRoutes.RiskScreening, parked.Handler);
        Assert.Equal(2, parked.Attempts);
        Assert.Contains(BrokenRiskScreen.Reason, parked.Reason, StringComparison.Ordinal);
        Assert.Equal("PAYMENT_AUTHORIZED", (await PipelineSteps.OrderAsync(client, id, token))["status"]!.GetValue<string>());

        screen.Repaired = true;
        await using (var scope = api.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Infrastructure.Pipeline.PipelineSteps>().RetryAsync(parked.Id));
            Assert.False(await scope.ServiceProvider.GetRequiredService<Infrastructure.Pipeline.PipelineSteps>().RetryAsync(parked.Id));
        }

        await PipelineSteps.WaitForStatusAsync(client, id, token, Patience, "FULFILLED");
    }

    private static async Task<PipelineStep> WaitForStepAsync(IServiceProvider services, string orderGlobalId, string handler, PipelineStepStatus status)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var step = (await StepsAsync(services, orderGlobalId)).Single(s => s.Handler == handler);
            if (step.Status == status || DateTime.UtcNow > deadline)
            {
                return step;
            }

            await Task.Delay(50);
        }
    }

    protected static async Task<IReadOnlyList<PipelineStep>> StepsAsync(IServiceProvider services, string orderGlobalId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Infrastructure.Pipeline.PipelineSteps>().ForOrderAsync(GlobalId.Decode(orderGlobalId, "Order"));
    }

    private static async Task<ParkedStep> WaitForParkedAsync(IServiceProvider services)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<Infrastructure.Pipeline.PipelineSteps>().ListParkedAsync()).SingleOrDefault() is { } parked)
            {
                return parked;
            }

            Assert.True(DateTime.UtcNow < deadline, "No step was parked.");
            await Task.Delay(100);
        }
    }

    private sealed class BrokenRiskScreen : IRiskScreen
    {
        public const string Reason = "The risk service is down.";

        public volatile bool Repaired;

        public Task<string?> WhyRejectAsync(Order order, CancellationToken ct) =>
            Repaired ? Task.FromResult<string?>(null) : throw new InvalidOperationException(Reason);
    }
}
