using Headless.Domain.Checkout;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class CartServiceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AReservationHoldsStockFromOtherShoppersUntilItExpires()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await OrderingHost.SqliteAsync(_temp.File("reserve.db"), clock);
        var variant = await host.SeedVariantAsync(onHand: 3);
        await host.ReadyCartAsync((variant, 2));
        var other = (await host.CartAsync(s => s.CreateCartAsync())).Token!;

        var refused = await host.CartAsync(s => s.AddLinesAsync(other, [new CartLineInput(variant, 2)]));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((CheckoutErrorCode.InsufficientStock, 1), (error.Code, error.AvailableQuantity));
        Assert.Empty(refused.Cart!.Cart.Lines);

        clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        OrderingHost.AssertOk(await host.CartAsync(s => s.AddLinesAsync(other, [new CartLineInput(variant, 2)])));
    }

    [Fact]
    public async Task PurgingDeletesLapsedReservationsAndKeepsLiveOnes()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await OrderingHost.SqliteAsync(_temp.File("purge.db"), clock);
        var variant = await host.SeedVariantAsync(onHand: 10);
        await host.ReadyCartAsync((variant, 2));
        clock.Advance(TimeSpan.FromMinutes(10));
        await host.ReadyCartAsync((variant, 1));
        clock.Advance(TimeSpan.FromMinutes(6));

        var purged = await host.InScopeAsync<StockAvailability, int>(s => s.PurgeExpiredAsync(clock.GetUtcNow(), CancellationToken.None));

        Assert.Equal(1, purged);
        Assert.Equal([1], await host.WithDbAsync(db => db.StockReservations.Select(r => r.Quantity).ToListAsync()));
    }

    [Fact]
    public async Task ThePurgeServiceDeletesLapsedReservationsOnItsOwn()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("purge-service.db"), null, ("Checkout:ReservationDuration", "00:00:01"));
        var variant = await host.SeedVariantAsync(onHand: 10);
        await host.ReadyCartAsync((variant, 2));
        Assert.True(await host.WithDbAsync(db => db.StockReservations.AnyAsync()));

        var options = new CheckoutOptions { ReservationPurgeInterval = TimeSpan.FromMilliseconds(200) };
        using var purge = new ReservationPurge(
            host.Services.GetRequiredService<IServiceScopeFactory>(), options, TimeProvider.System, NullLogger<ReservationPurge>.Instance);
        await purge.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
            while (await host.WithDbAsync(db => db.StockReservations.AnyAsync()) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.False(await host.WithDbAsync(db => db.StockReservations.AnyAsync()));
        }
        finally
        {
            await purge.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task AnInvalidAddressNamesTheFieldAndIsNotSaved()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("address.db"));
        var token = (await host.CartAsync(s => s.CreateCartAsync())).Token!;

        var payload = await host.CartAsync(s => s.SetShippingAddressAsync(token, new Address("Ada", "L", "1 Main St", null, "Springfield", null, "ABCDE", "US")));

        Assert.Equal(
            [("region", CheckoutErrorCode.InvalidAddress), ("postalCode", CheckoutErrorCode.InvalidAddress)],
            payload.Errors.Select(e => (e.Field!, e.Code)));
        Assert.Equal(["shippingAddress", "postalCode"], payload.Errors[1].Path);
        Assert.Null(payload.Cart!.Cart.ShippingAddress);
    }

    [Fact]
    public async Task UnknownCartsVariantsAndMethodsAreUserErrors()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("errors.db"));
        var token = (await host.CartAsync(s => s.CreateCartAsync())).Token!;

        Assert.Equal(CheckoutErrorCode.CartNotFound, Assert.Single((await host.CartAsync(s => s.GetCartAsync("nope"))).Errors).Code);
        Assert.Equal(CheckoutErrorCode.VariantNotFound, Assert.Single((await host.CartAsync(s => s.AddLinesAsync(token, [new CartLineInput(Guid.NewGuid(), 1)]))).Errors).Code);
        Assert.Equal(CheckoutErrorCode.ShippingMethodUnavailable, Assert.Single((await host.CartAsync(s => s.SetShippingMethodAsync(token, "STANDARD"))).Errors).Code);
        var variant = await host.SeedVariantAsync(onHand: 500);
        Assert.Equal(CheckoutErrorCode.QuantityOutOfRange, Assert.Single((await host.CartAsync(s => s.AddLinesAsync(token, [new CartLineInput(variant, 100)]))).Errors).Code);
    }

    [Fact]
    public async Task TotalsFollowTheCurrentCatalogPrice()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("price.db"));
        var variant = await host.SeedVariantAsync(onHand: 5, price: 10m);
        var token = await host.ReadyCartAsync((variant, 3));

        var cart = (await host.CartAsync(s => s.GetCartAsync(token))).Cart!;

        Assert.Equal((30m, 4.90m, 34.90m), (cart.Totals.Subtotal.Amount, cart.Totals.Shipping.Amount, cart.Totals.Total.Amount));
        Assert.Equal(["STANDARD", "EXPRESS"], cart.AvailableShippingMethods.Select(m => m.Code));
    }

    [Fact]
    public async Task ADeclinedPaymentWritesNothingAndTheCartCanTryAgain()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("decline.db"));
        var variant = await host.SeedVariantAsync(onHand: 2);
        var cart = await host.ReadyCartAsync((variant, 2));

        var declined = await host.PlaceOrderAsync(cart, "k1", SandboxTokens.Decline);
        Assert.Equal(CheckoutErrorCode.PaymentDeclined, Assert.Single(declined.Errors).Code);
        Assert.Equal((2, 0), await host.StockAsync(variant));

        var retried = await host.PlaceOrderAsync(cart, "k2", SandboxTokens.TransientFailure);
        Assert.True(retried.Succeeded);
        Assert.Equal(2, host.Sandbox.AttemptsFor("k2"));
        Assert.Equal(CheckoutErrorCode.CartCompleted, Assert.Single((await host.PlaceOrderAsync(cart, "k3")).Errors).Code);
    }

    [Fact]
    public async Task TheGuestTokenOpensTheOrderAndAWrongOneLooksLikeNoOrder()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("guest.db"));
        var variant = await host.SeedVariantAsync(onHand: 2);
        var placed = await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), "k");

        Assert.NotNull(await host.InScopeAsync<OrderQueries, Order?>(q => q.GetOrderAsync(placed.Order!.Id, placed.AccessToken)));
        Assert.Null(await host.InScopeAsync<OrderQueries, Order?>(q => q.GetOrderAsync(placed.Order!.Id, "wrong")));
        Assert.Null(await host.InScopeAsync<OrderQueries, Order?>(q => q.GetOrderAsync(Guid.NewGuid(), placed.AccessToken)));
        Assert.Equal([2], (await host.InScopeAsync<OrderQueries, IReadOnlyList<OrderStatusMessage>?>(q => q.GetEventsAfterAsync(placed.Order!.Id, placed.AccessToken, 1)))!.Select(e => e.Sequence));
    }
}
