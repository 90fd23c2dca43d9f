using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Tests.Ordering;

/// <summary>Behaviours that must hold on every database; each provider's test class runs them on its own server.</summary>
internal static class CheckoutScenarios
{
    /// <summary>Reservations are off so that fifty carts can hold the same seven units; only allocation decides.</summary>
    public static readonly (string, string?)[] NoReservations = [("Checkout:ReservationDuration", "00:00:00")];

    public static async Task FiftyConcurrentCheckoutsForSevenUnitsPlaceExactlySevenOrders(OrderingHost host)
    {
        var variant = await host.SeedVariantAsync(onHand: 7);
        var carts = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            carts.Add(await host.ReadyCartAsync((variant, 1)));
        }

        using var start = new ManualResetEventSlim();
        var attempts = carts.Select((cart, i) => Task.Run(async () =>
        {
            start.Wait();
            return await host.PlaceOrderAsync(cart, $"key-{i}");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        var placed = results.Where(r => r.Succeeded).ToList();
        var refused = results.Where(r => !r.Succeeded).ToList();
        Assert.Equal(7, placed.Count);
        Assert.All(refused, r =>
        {
            var error = Assert.Single(r.Errors);
            Assert.Equal(CheckoutErrorCode.InsufficientStock, error.Code);
            Assert.Equal(0, error.AvailableQuantity);
        });
        Assert.Equal((7, 7), await host.StockAsync(variant));
        Assert.Equal(7, await host.WithDbAsync(db => db.Orders.CountAsync()));
        Assert.Equal(7, await host.WithDbAsync(db => db.StockAllocations.SumAsync(a => a.Quantity)));
        Assert.Equal(7, placed.Select(r => r.Order!.Number).Distinct().Count());

        // A refused checkout wrote nothing: no payment, no outbox row, its cart still open.
        Assert.Equal(7, await host.WithDbAsync(db => db.Payments.CountAsync()));
        Assert.Equal(43, await host.WithDbAsync(db => db.Carts.CountAsync(c => c.CompletedAt == null)));
        Assert.Equal(7 * 2, await host.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    public static async Task TwentyConcurrentRepeatsOfOneKeyPlaceOneOrderWithOneAuthorization(OrderingHost host)
    {
        var variant = await host.SeedVariantAsync(onHand: 100);
        var cart = await host.ReadyCartAsync((variant, 2));
        var authorizationsBefore = host.Sandbox.AuthorizationCount;

        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await host.PlaceOrderAsync(cart, "one-key");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Code))));
        Assert.Single(results.Select(r => r.Order!.Id).Distinct());
        Assert.Single(results, r => !r.Replayed);

        // Every repeat gets the winner's token back, and it opens the order.
        var token = Assert.Single(results.Select(r => r.AccessToken).Distinct());
        Assert.NotNull(await host.InScopeAsync<OrderQueries, Order?>(q => q.GetOrderAsync(results[0].Order!.Id, token)));
        Assert.Equal(1, host.Sandbox.AuthorizationCount - authorizationsBefore);
        Assert.Equal(1, await host.WithDbAsync(db => db.Orders.CountAsync()));
        Assert.Equal(1, await host.WithDbAsync(db => db.Payments.CountAsync()));
        Assert.Equal((100, 2), await host.StockAsync(variant));

        // The losers' unique-key violations are expected and handled: nothing for an operator to chase.
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    public static async Task PlacingAnOrderSnapshotsPricesAndRecordsPaymentEventsAndOutboxTogether(OrderingHost host)
    {
        var variant = await host.SeedVariantAsync(onHand: 5, price: 12.50m);
        var cart = await host.ReadyCartAsync((variant, 2));

        var result = await host.PlaceOrderAsync(cart, "snapshot-key");

        Assert.True(result.Succeeded);
        var order = result.Order!;
        Assert.Matches("^HL-\\d{6}$", order.Number);
        Assert.Equal((25m, 4.90m, 29.90m), (order.Subtotal.Amount, order.ShippingTotal.Amount, order.Total.Amount));
        Assert.Equal(OrderState.PaymentAuthorized, order.State);
        var stored = await host.InScopeAsync<OrderQueries, Order?>(q => q.GetOrderAsync(order.Id, result.AccessToken));
        Assert.NotNull(stored);
        Assert.Equal([OrderState.Placed, OrderState.PaymentAuthorized], stored.Events.Select(e => e.ToState));
        var payment = await host.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.OrderId == order.Id));
        Assert.Equal((PaymentStatus.Authorized, 29.90m), (payment.Status, payment.Amount.Amount));
        var outbox = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.Equal([1, 2], outbox.Select(m => OrderStatusMessage.Parse(m.Payload).Sequence));
        Assert.All(outbox, m => Assert.Equal($"order:{order.Id}", m.Topic));
        Assert.Equal(1, await host.WithDbAsync(db => db.Carts.CountAsync(c => c.CompletedAt != null)));
    }
}
