using System.Text.Json;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Tests.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Feed behaviours that must hold on every database.</summary>
internal static class FeedScenarios
{
    public static async Task EveryOrderEventGetsOneGaplessPositionAndPagesInOrder(IntegrationDatabase database)
    {
        await using var host = await database.StartInstanceAsync();
        var orders = await OrderSteps.PlaceOrdersAsync(host, 3, "feed");
        await OrderSteps.ApplyAsync(
            host, orders[0], OrderTransition.ScreenRisk, OrderTransition.ConfirmStock, OrderTransition.CapturePayment,
            OrderTransition.StartFulfillment, OrderTransition.Ship, OrderTransition.Deliver);

        Assert.Equal(12, await host.InScopeAsync<FeedSequencer, int>(s => s.SequenceBatchAsync()));
        Assert.Equal(0, await host.InScopeAsync<FeedSequencer, int>(s => s.SequenceBatchAsync()));

        var all = new List<FeedEntry>();
        string? cursor = null;
        FeedPage page;
        do
        {
            page = await host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(cursor, 3));
            all.AddRange(page.Entries);
            cursor = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), all.Select(e => e.Position));
        Assert.Equal(12, all.Select(e => e.EventId).Distinct().Count());
        var first = all.Where(e => e.OrderId == orders[0]).Select(e => e.Type).ToList();
        // The pipeline's screening and stock steps keep the order authorized: each is its own type, never a second
        // order.payment_authorized for an integrator to mistake for a new authorization.
        Assert.Equal(
            [IntegratorEventTypes.OrderCreated, IntegratorEventTypes.OrderPaymentAuthorized, IntegratorEventTypes.OrderRiskScreened,
             IntegratorEventTypes.OrderStockConfirmed, IntegratorEventTypes.OrderPaid, IntegratorEventTypes.OrderFulfillmentStarted,
             IntegratorEventTypes.OrderShipped, IntegratorEventTypes.OrderDelivered],
            first);

        // Polling at the end returns nothing and the same cursor back.
        var empty = await host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(cursor, 3));
        Assert.Empty(empty.Entries);
        Assert.Equal(cursor, empty.EndCursor);
        Assert.False(empty.HasNextPage);

        var shipped = IntegratorEventPayload.Parse(all.Single(e => e.Type == IntegratorEventTypes.OrderShipped).Payload);
        var order = await host.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orders[0]));
        Assert.Equal(1, shipped.Version);
        Assert.Equal(order.Number, shipped.Data.OrderNumber);
        Assert.Equal("SHIPPED", shipped.Data.Status);
        Assert.Equal("FULFILLING", shipped.Data.PreviousStatus);
        Assert.Equal(order.Total.Amount, shipped.Data.Total);
        Assert.Equal(order.TrackingNumber, shipped.Data.TrackingNumber);
        Assert.StartsWith("evt_", shipped.Id, StringComparison.Ordinal);

        // No personal data: the shopper's email, name and street are in the order, not in any payload.
        Assert.All(all, e =>
        {
            Assert.DoesNotContain("shopper@example.com", e.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Lovelace", e.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Unter den Linden", e.Payload, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(e.Payload);
            Assert.Equal(["version", "type", "id", "sequence", "occurredAt", "data"], json.RootElement.EnumerateObject().Select(p => p.Name));
        });
    }

    public static async Task TwoInstancesSequencingAtOnceGiveEachEventOnePositionWithoutGaps(IntegrationDatabase database)
    {
        await using var first = await database.StartInstanceAsync(("Integrations:Feed:BatchSize", "7"));
        await using var second = await database.StartInstanceAsync(("Integrations:Feed:BatchSize", "7"));
        var orders = await OrderSteps.PlaceOrdersAsync(first, 20, "race");

        async Task RunAsync(OrderingHost host)
        {
            for (var i = 0; i < 20; i++)
            {
                await host.InScopeAsync<FeedSequencer, int>(s => s.SequenceBatchAsync());
            }
        }

        await Task.WhenAll(Task.Run(() => RunAsync(first)), Task.Run(() => RunAsync(second)));
        while (await first.InScopeAsync<FeedSequencer, int>(s => s.SequenceBatchAsync()) > 0)
        {
        }

        var entries = await first.WithDbAsync(db => db.FeedEntries.AsNoTracking().OrderBy(f => f.Position).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Position));
        Assert.Equal(40, entries.Select(e => e.EventId).Distinct().Count());
        Assert.All(orders, o => Assert.Equal(
            [IntegratorEventTypes.OrderCreated, IntegratorEventTypes.OrderPaymentAuthorized],
            entries.Where(e => e.OrderId == o).Select(e => e.Type)));
    }

    public static async Task AnUnknownCursorIsRefused(IntegrationDatabase database)
    {
        await using var host = await database.StartInstanceAsync();
        await Assert.ThrowsAsync<FeedCursorException>(() => host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync("not-a-cursor", 10)));
        await Assert.ThrowsAsync<FeedCursorException>(() => host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(Convert.ToBase64String("feed:-1"u8), 10)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(null, 0)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(null, 101)));
    }
}
