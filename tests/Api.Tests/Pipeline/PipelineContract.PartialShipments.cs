using Headless.Api.Storefront;
using Headless.Api.Tests.Checkout;
using Headless.Api.Tests.Storefront;
using Headless.Infrastructure.Pipeline;

namespace Headless.Api.Tests.Pipeline;

/// <summary>An order split over two locations, seen while its parcels are booked and delivered one by one; and a step that outlives its lease.</summary>
public abstract partial class PipelineContract
{
    private const string ProgressQuery = """
        query Order($id: ID!, $token: String!) {
          order(id: $id, token: $token) { status shipmentProgress shipments { trackingNumber status } }
        }
        """;

    [Fact]
    public async Task ASplitOrderShowsPartialShipmentAndPartialDeliveryAndItsSlowBookingKeepsItsLease()
    {
        // Each booking takes 3 s and a lease lasts 2 s: only renewal keeps the booking step with its first attempt.
        await using var api = await StartAsync(With(("Carriers:Sandbox:Delay", "00:00:03"), ("Outbox:Steps:Lease", "00:00:02")));
        using var client = api.CreateClient();
        var (variantId, _, _) = await CheckoutSteps.PhysicalVariantAsync(client, 1);
        await PipelineSteps.SpreadStockAsync(api.Services, GlobalId.Decode(variantId, "ProductVariant"), [1, 1]);
        var (id, token) = await PipelineSteps.PlacePhysicalAsync(client, variantId, quantity: 2);

        var seen = new List<(string Status, string? Progress)>();
        var deadline = DateTime.UtcNow + (2 * Patience);
        while (seen.LastOrDefault().Status != "SHIPPED")
        {
            var order = (await client.DataAsync(ProgressQuery, new { id, token }))["order"]!;
            seen.Add((order["status"]!.GetValue<string>(), order["shipmentProgress"]?.GetValue<string>()));
            Assert.True(DateTime.UtcNow < deadline, $"Not shipped: {string.Join(", ", seen.Distinct())}");
            await Task.Delay(50);
        }

        Assert.Contains(("FULFILLING", "PARTIALLY_SHIPPED"), seen);
        Assert.Equal(("SHIPPED", "SHIPPED"), seen[^1]);
        Assert.DoesNotContain(seen, s => s.Status == "SHIPPED" && s.Progress != "SHIPPED");

        var shipped = (await client.DataAsync(ProgressQuery, new { id, token }))["order"]!;
        var tracking = shipped["shipments"]!.AsArray().Select(s => s!["trackingNumber"]!.GetValue<string>()).ToList();
        Assert.Equal(2, tracking.Distinct().Count());
        foreach (var status in new[] { "IN_TRANSIT", "DELIVERED" })
        {
            using var first = await PipelineSteps.PostTrackingAsync(client, tracking[0], status);
            Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        }

        var half = (await client.DataAsync(ProgressQuery, new { id, token }))["order"]!;
        Assert.Equal(("SHIPPED", "PARTIALLY_DELIVERED"), (half["status"]!.GetValue<string>(), half["shipmentProgress"]!.GetValue<string>()));
        foreach (var status in new[] { "IN_TRANSIT", "DELIVERED" })
        {
            using var second = await PipelineSteps.PostTrackingAsync(client, tracking[1], status);
            Assert.Equal(System.Net.HttpStatusCode.OK, second.StatusCode);
        }

        var done = (await client.DataAsync(ProgressQuery, new { id, token }))["order"]!;
        Assert.Equal(("DELIVERED", "DELIVERED"), (done["status"]!.GetValue<string>(), done["shipmentProgress"]!.GetValue<string>()));

        var booking = (await StepsAsync(api.Services, id)).Single(s => s.Handler == OrderPipelineRoutes.ShipmentBooking);
        Assert.Equal((PipelineStepStatus.Done, 1), (booking.Status, booking.Attempts));
        Assert.Equal(2, PipelineSteps.Count(await PipelineSteps.EffectsAsync(api.Services, id), PipelineSteps.Booking));
    }
}
