using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using GlobalId = Headless.Api.Storefront.GlobalId;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>
/// Carts and stock reservations under concurrent HTTP load, with reservations on, the same on every provider:
/// checking stock and reserving it is one step, changes of one cart never trip over each other, and a cart
/// that became an order stays as it was ordered.
/// </summary>
public abstract class CartConcurrencyContract
{
    /// <summary>No request timeout: under load on a small machine the wait for a lock may take long, and that is not a failure.</summary>
    public static readonly IReadOnlyDictionary<string, string> HostSettings = new Dictionary<string, string>
    {
        ["GraphQL:RequestTimeout"] = "00:00:00",
    };

    private const int Units = 7;
    private const int Shoppers = 50;
    private const int Limit = 10;

    protected abstract StorefrontApiFactory Factory { get; }

    [Fact]
    public async Task FiftyConcurrentFullCheckoutsForSevenUnitsSellExactlySeven()
    {
        using var client = Client();
        var (variantGlobalId, _, _) = await PhysicalVariantAsync(client, 1, skip: 8);
        var variantId = GlobalId.Decode(variantGlobalId, "ProductVariant");
        await SetFreeUnitsAsync(Factory.Services, variantId, Units);
        var allocatedBefore = await AllocatedAsync(variantId);

        var outcomes = await WithServerLogAsync(() => Task.WhenAll(Enumerable.Range(0, Shoppers).Select(_ => Task.Run(() => FullCheckoutAsync(client, variantGlobalId)))));

        var sold = outcomes.Where(o => o["order"] is not null).ToList();
        Assert.Equal(Units, sold.Count);
        Assert.All(sold, AssertNoErrors);
        // Everyone else was told, with a typed error, that the stock is gone; nobody got a server error.
        Assert.All(outcomes.Where(o => o["order"] is null), refused =>
        {
            var error = Assert.Single(refused["errors"]!.AsArray())!;
            Assert.Equal("INSUFFICIENT_STOCK", error["code"]!.GetValue<string>());
            Assert.Equal(0, error["availableQuantity"]!.GetValue<int>());
        });

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var levels = await db.StockLevels.AsNoTracking().Where(s => s.VariantId == variantId).ToListAsync();
        Assert.All(levels, level => Assert.Equal(level.OnHand, level.Allocated));
        Assert.Equal(allocatedBefore + Units, levels.Sum(l => l.Allocated));
        Assert.False(await db.StockReservations.AnyAsync(r => r.VariantId == variantId), "No units may stay held for carts that did not get them.");
        var availability = (await client.DataAsync("query($id: ID!) { variant(id: $id) { availability { quantity } } }", new { id = variantGlobalId }))["variant"]!;
        Assert.Equal(0, availability["availability"]!["quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task ConcurrentAddCartLinesOnOneCartAllApplyAndAddUp()
    {
        using var client = Client();
        var (first, _, _) = await PhysicalVariantAsync(client, Limit, skip: 0);
        var (second, _, _) = await PhysicalVariantAsync(client, Limit, skip: 1);
        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();
        const int Adds = 12;

        var payloads = await WithServerLogAsync(() => Task.WhenAll(Enumerable.Range(0, Adds).Select(i => Task.Run(async () =>
            (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId = i % 2 == 0 ? first : second, quantity = 1 }))["addCartLines"]!))));

        Assert.All(payloads, AssertNoErrors);
        var cart = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId = first, quantity = 1 }))["addCartLines"]!["cart"]!;
        var lines = cart["lines"]!.AsArray().ToDictionary(l => l!["variant"]!["id"]!.GetValue<string>(), l => l!["quantity"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { [first] = (Adds / 2) + 1, [second] = Adds / 2 }, lines);
        Assert.Equal(lines.ToDictionary(l => GlobalId.Decode(l.Key, "ProductVariant"), l => l.Value), await ReservedAsync(cartId));
    }

    [Fact]
    public async Task ACartRacingItsOwnPlaceOrderEndsExactlyAsItWasOrderedAndHoldsNoStock()
    {
        using var client = Client();
        var (ordered, _, _) = await PhysicalVariantAsync(client, Limit, skip: 2);
        var (added, _, _) = await PhysicalVariantAsync(client, Limit, skip: 3);

        for (var round = 0; round < 3; round++)
        {
            var cartId = await ReadyCartAsync(client, ordered, 1);
            var adds = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
                (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId = added, quantity = 1 }))["addCartLines"]!)).ToList();
            var placed = await WithServerLogAsync(() => Task.Run(() => PlaceOrderAsync(client, cartId)));
            var changes = await WithServerLogAsync(() => Task.WhenAll(adds));

            AssertNoErrors(placed);
            Assert.All(changes, change => Assert.True(
                change["errors"]!.AsArray().Count == 0 || change["errors"]![0]!["code"]!.GetValue<string>() == "CART_COMPLETED",
                change.ToJsonString()));
            var orderId = GlobalId.Decode(placed["order"]!["id"]!.GetValue<string>(), "Order");
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
            var hash = SecretToken.Hash(cartId);
            var cartLines = await db.Carts.AsNoTracking().Where(c => c.TokenHash == hash).SelectMany(c => c.Lines)
                .ToDictionaryAsync(l => l.VariantId, l => l.Quantity);
            var orderLines = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).SelectMany(o => o.Lines)
                .ToDictionaryAsync(l => l.VariantId, l => l.Quantity);
            Assert.Equal(orderLines, cartLines);
            Assert.Empty(await ReservedAsync(cartId));
        }
    }

    [Fact]
    public async Task EveryChangeOfACompletedCartIsCartCompletedAndLeavesItAsOrdered()
    {
        using var client = Client();
        var (variantId, _, _) = await PhysicalVariantAsync(client, Limit, skip: 4);
        var cartId = await ReadyCartAsync(client, variantId, 2);
        AssertNoErrors(await PlaceOrderAsync(client, cartId));
        var lineId = (await client.DataAsync("query($id: ID!) { cart(id: $id) { lines { id } } }", new { id = cartId }))["cart"]!["lines"]![0]!["id"]!.GetValue<string>();

        var refused = new[]
        {
            (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 1 }))["addCartLines"]!,
            (await client.DataAsync(Operation("UpdateCartLine"), new { cartId, lineId, quantity = 1 }))["updateCartLines"]!,
            (await client.DataAsync(Operation("SetEmail"), new { cartId, email = "grace@example.com" }))["setCartEmail"]!,
            (await client.DataAsync(Operation("SetAddress"), new { cartId, address = BerlinAddress }))["setCartShippingAddress"]!,
        };

        Assert.All(refused, payload =>
        {
            Assert.Equal("CART_COMPLETED", Assert.Single(payload["errors"]!.AsArray())!["code"]!.GetValue<string>());
            Assert.Equal(2, payload["cart"]!["totalQuantity"]!.GetValue<int>());
            Assert.Equal("ada@example.com", payload["cart"]!["email"]!.GetValue<string>());
        });
        Assert.Empty(await ReservedAsync(cartId));
    }

    [Fact]
    public async Task ACartHoldsAtMostTheLimitOfOneVariant()
    {
        using var client = Client();
        var (variantId, _, _) = await PhysicalVariantAsync(client, Limit + 2, skip: 5);
        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();

        var tooMany = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = Limit + 1 }))["addCartLines"]!;
        var some = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = Limit - 3 }))["addCartLines"]!;
        var more = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 4 }))["addCartLines"]!;
        var lineId = some["cart"]!["lines"]![0]!["id"]!.GetValue<string>();
        var raised = (await client.DataAsync(Operation("UpdateCartLine"), new { cartId, lineId, quantity = Limit + 1 }))["updateCartLines"]!;
        var full = (await client.DataAsync(Operation("UpdateCartLine"), new { cartId, lineId, quantity = Limit }))["updateCartLines"]!;

        foreach (var payload in new[] { tooMany, more, raised })
        {
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal("QUANTITY_OUT_OF_RANGE", error["code"]!.GetValue<string>());
            Assert.Contains($"at most {Limit}", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(["lines", "0", "quantity"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        }

        AssertNoErrors(some);
        AssertNoErrors(full);
        Assert.Equal(Limit - 3, more["cart"]!["totalQuantity"]!.GetValue<int>());
        Assert.Equal(Limit, full["cart"]!["totalQuantity"]!.GetValue<int>());
        Assert.Equal(Limit, Assert.Single(await ReservedAsync(cartId)).Value);
    }

    /// <summary>A failed request's assertion, with what the server logged about it.</summary>
    private async Task<T> WithServerLogAsync<T>(Func<Task<T>> requests)
    {
        try
        {
            return await requests();
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            throw new Xunit.Sdk.XunitException($"{exception.Message}\nServer log:\n{Factory.LoggedProblems()}");
        }
    }

    private HttpClient Client()
    {
        var client = Factory.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    /// <summary>One shopper: cart, line, email, address, shipping, order; the payload of the step that refused, else of placeOrder.</summary>
    private static async Task<JsonObject> FullCheckoutAsync(HttpClient client, string variantId)
    {
        var cartId = (await CreateCartAsync(client))["cart"]!["id"]!.GetValue<string>();
        var added = (await client.DataAsync(Operation("AddToCart"), new { cartId, variantId, quantity = 1 }))["addCartLines"]!.AsObject();
        if (added["errors"]!.AsArray().Count > 0)
        {
            return added;
        }

        AssertNoErrors((await client.DataAsync(Operation("SetEmail"), new { cartId, email = "ada@example.com" }))["setCartEmail"]!);
        AssertNoErrors((await client.DataAsync(Operation("SetAddress"), new { cartId, address = BerlinAddress }))["setCartShippingAddress"]!);
        AssertNoErrors((await client.DataAsync(Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!);
        return await PlaceOrderAsync(client, cartId);
    }

    private async Task<int> AllocatedAsync(Guid variantId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        return await db.StockLevels.Where(s => s.VariantId == variantId).SumAsync(s => s.Allocated);
    }

    /// <summary>The units the cart holds now, per variant.</summary>
    private async Task<Dictionary<Guid, int>> ReservedAsync(string cartToken)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        var hash = SecretToken.Hash(cartToken);
        var cartId = await db.Carts.Where(c => c.TokenHash == hash).Select(c => c.Id).SingleAsync();
        return await db.StockReservations.AsNoTracking().Where(r => r.CartId == cartId).ToDictionaryAsync(r => r.VariantId, r => r.Quantity);
    }
}
