using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Ordering;

/// <summary>Orders stuck waiting for payment action expire once, however many instances sweep at the same moment.</summary>
[Collection(PostgresCollection.Name)]
public sealed class UnpaidOrderExpiryTests(PostgresServer postgres) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TwoInstancesExpiringTheSameOrderOnSqliteCancelItOnceAndReleaseItsStockOnce()
    {
        var file = _temp.File("expiry.db");
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var first = await OrderingHost.SqliteAsync(file, clock);
        await using var second = await OrderingHost.SqliteAsync(file, clock);
        await TwoInstancesCancelOnceAsync(first, second, clock);
    }

    [Fact]
    public async Task TwoInstancesExpiringTheSameOrderOnPostgresCancelItOnceAndReleaseItsStockOnce()
    {
        var database = await postgres.CreateDatabaseAsync();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var first = await OrderingHost.PostgresAsync(database, clock);
        await using var second = await OrderingHost.PostgresAsync(database, clock);
        await TwoInstancesCancelOnceAsync(first, second, clock);
    }

    [Fact]
    public async Task AnAuthorizedOrderNeverExpires()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await OrderingHost.SqliteAsync(_temp.File("authorized.db"), clock);
        var variant = await host.SeedVariantAsync(onHand: 5);
        var placed = await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), "key-approved");

        clock.Advance(TimeSpan.FromHours(2));
        var expired = await ExpireAsync(host);

        Assert.Equal(0, expired);
        Assert.Equal(OrderState.PaymentAuthorized, await host.WithDbAsync(db => db.Orders.Where(o => o.Id == placed.Order!.Id).Select(o => o.State).SingleAsync()));
        Assert.Equal((5, 1), await host.StockAsync(variant));
    }

    private static async Task TwoInstancesCancelOnceAsync(OrderingHost first, OrderingHost second, ManualClock clock)
    {
        var variant = await first.SeedVariantAsync(onHand: 5);
        var placed = await first.PlaceOrderAsync(await first.ReadyCartAsync((variant, 2)), "key-3ds", SandboxTokens.RequiresAction);
        Assert.Equal(PaymentStatus.RequiresAction, placed.PaymentStatus);
        var orderId = placed.Order!.Id;

        clock.Advance(TimeSpan.FromMinutes(29));
        var early = await ExpireAsync(first);
        clock.Advance(TimeSpan.FromMinutes(2));
        using var start = new ManualResetEventSlim();
        var sweeps = new[] { first, second }.Select(host => Task.Run(async () =>
        {
            start.Wait();
            return await ExpireAsync(host);
        })).ToList();
        start.Set();
        var expired = await Task.WhenAll(sweeps);

        Assert.Equal(0, early);
        Assert.Equal(1, expired.Sum());
        Assert.Equal(OrderState.Cancelled, await first.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.State).SingleAsync()));
        Assert.Equal(PaymentStatus.Voided, await first.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Status).SingleAsync()));
        Assert.Equal([OrderState.Placed, OrderState.Cancelled], await first.WithDbAsync(db => db.OrderEvents.Where(e => e.OrderId == orderId).OrderBy(e => e.Sequence).Select(e => e.ToState).ToListAsync()));
        Assert.Equal((5, 0), await first.StockAsync(variant));
        Assert.Equal(0, await first.WithDbAsync(db => db.StockAllocations.CountAsync(a => a.OrderId == orderId)));
        Assert.Equal(2, await first.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    private static Task<int> ExpireAsync(OrderingHost host) =>
        host.InScopeAsync<UnpaidOrderExpiry, int>(expiry => expiry.ExpireDueAsync(CancellationToken.None));
}
