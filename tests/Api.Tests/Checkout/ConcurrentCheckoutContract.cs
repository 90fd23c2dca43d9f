using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using GlobalId = Headless.Api.Storefront.GlobalId;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>
/// <c>placeOrder</c> under concurrent HTTP load, the same on every database provider: no oversell, and one
/// idempotency key is one order and one authorization however many times it arrives at once.
/// </summary>
public abstract class ConcurrentCheckoutContract
{
    /// <summary>
    /// Reservations off: fifty carts wanting seven units would otherwise be refused while being filled,
    /// and placing an order counts other carts' reservations; here only the allocation decides. Write limits
    /// raised: every shopper here comes from the same loopback address. No request timeout: on a loaded machine
    /// waiting for the stock lock may take long, and that is not a failure.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> HostSettings = new Dictionary<string, string>
    {
        ["Checkout:ReservationDuration"] = "00:00:00",
        ["RateLimiting:Mutations:PermitLimit"] = "100000",
        ["RateLimiting:CartCreation:PermitLimit"] = "100000",
        ["GraphQL:RequestTimeout"] = "00:00:00",
    };

    private const int Units = 7;
    private const int Shoppers = 50;
    private const int Repeats = 20;

    protected abstract StorefrontApiFactory Factory { get; }

    [Fact]
    public async Task FiftyConcurrentPlaceOrdersForSevenUnitsYieldExactlySevenOrders()
    {
        using var client = Factory.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        var (variantGlobalId, _, _) = await PhysicalVariantAsync(client, 1);
        var variantId = GlobalId.Decode(variantGlobalId, "ProductVariant");
        await SetStockAsync(variantId, Units);
        var carts = await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(_ => Task.Run(() => ReadyCartAsync(client, variantGlobalId, 1))));

        IReadOnlyList<JsonObject> payloads;
        try
        {
            payloads = await Task.WhenAll(carts.Select(cartId => Task.Run(() => PlaceOrderAsync(client, cartId))));
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            throw new Xunit.Sdk.XunitException($"{exception.Message}\nServer log:\n{Factory.LoggedProblems()}");
        }

        var placed = payloads.Where(p => p["order"] is not null).ToList();
        Assert.Equal(Units, placed.Count);
        Assert.All(placed, AssertNoErrors);
        Assert.All(payloads.Where(p => p["order"] is null), refused =>
        {
            var error = Assert.Single(refused["errors"]!.AsArray())!;
            Assert.Equal("INSUFFICIENT_STOCK", error["code"]!.GetValue<string>());
            Assert.Equal(0, error["availableQuantity"]!.GetValue<int>());
            Assert.Equal(variantGlobalId, error["variantId"]!.GetValue<string>());
        });

        var placedIds = placed.Select(p => GlobalId.Decode(p["order"]!["id"]!.GetValue<string>(), "Order")).Order().ToList();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var levels = await db.StockLevels.AsNoTracking().Where(s => s.VariantId == variantId).ToListAsync();
        Assert.All(levels, level => Assert.InRange(level.Allocated, 0, level.OnHand));
        Assert.Equal(Units, levels.Sum(l => l.OnHand));
        Assert.Equal(Units, levels.Sum(l => l.Allocated));
        var ordered = await db.Orders.AsNoTracking().Where(o => o.Lines.Any(l => l.VariantId == variantId)).Select(o => o.Id).ToListAsync();
        Assert.Equal(placedIds, ordered.Order());
        Assert.Equal(Units, await db.StockAllocations.Where(a => a.VariantId == variantId).SumAsync(a => a.Quantity));
        var availability = (await client.DataAsync("query($id: ID!) { variant(id: $id) { availability { quantity } } }", new { id = variantGlobalId }))["variant"]!;
        Assert.Equal(0, availability["availability"]!["quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task TwentyConcurrentPlaceOrdersWithOneIdempotencyKeyYieldOneOrderAndOneAuthorization()
    {
        using var client = Factory.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        // Not the first variant: that one may be the other test's, with its stock set to seven.
        var (variantId, _, _) = await PhysicalVariantAsync(client, 1, skip: 1);
        var cartId = await ReadyCartAsync(client, variantId, 1);
        var key = Guid.NewGuid().ToString();

        var payloads = await Task.WhenAll(Enumerable.Range(0, Repeats).Select(_ => Task.Run(() => PlaceOrderAsync(client, cartId, idempotencyKey: key))));

        Assert.All(payloads, AssertNoErrors);
        var orderGlobalId = Assert.Single(payloads.Select(p => p["order"]!["id"]!.GetValue<string>()).Distinct());
        // The winner and every repeat answer with the same order token.
        Assert.Single(payloads.Select(p => p["orderToken"]!.GetValue<string>()).Distinct());
        Assert.All(payloads, p => Assert.Equal("AUTHORIZED", p["paymentStatus"]!.GetValue<string>()));

        var orderId = GlobalId.Decode(orderGlobalId, "Order");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        Assert.Equal(orderId, Assert.Single(await db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == key).Select(o => o.Id).ToListAsync()));
        Assert.Single(await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).ToListAsync());
        // The provider was asked once: the repeats were answered from the order, not by authorizing again.
        Assert.Equal(1, Factory.Services.GetRequiredService<SandboxPaymentProvider>().AttemptsFor(key));
    }

    /// <summary>Exactly <paramref name="units"/> on hand for the variant, spread over its locations, none allocated.</summary>
    private async Task SetStockAsync(Guid variantId, int units)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        Assert.False(await db.StockAllocations.AnyAsync(a => a.VariantId == variantId), "The variant should not have been ordered yet.");
        var levels = await db.StockLevels.Where(s => s.VariantId == variantId).OrderBy(s => s.LocationId).Select(s => s.Id).ToListAsync();
        Assert.NotEmpty(levels);
        for (var i = 0; i < levels.Count; i++)
        {
            var id = levels[i];
            var share = (units / levels.Count) + (i < units % levels.Count ? 1 : 0);
            await db.StockLevels.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, share).SetProperty(x => x.Allocated, 0));
        }
    }
}
