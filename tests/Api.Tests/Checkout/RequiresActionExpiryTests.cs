using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>Orders whose payment waits for the shopper give their stock back after Payments:RequiresActionTimeout.</summary>
public sealed class RequiresActionExpiryTests : IAsyncLifetime
{
    // A generous wait for an event, not a deadline the expiry is held to.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-expiry-{Guid.NewGuid():N}.db");
    private ApiServerProcess _server = null!;

    public async Task InitializeAsync() =>
        _server = await ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={_path}",
            // Long enough that the order is still waiting when the test reads its held stock, even on a loaded
            // machine (at 2 s it had once expired before that read).
            ["Payments__RequiresActionTimeout"] = "00:00:08",
            ["Payments__RequiresActionSweepInterval"] = "00:00:00.500",
        });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Fact]
    public async Task AnOrderWaitingForPaymentActionIsCancelledAfterTheTimeoutAndTheLiveSubscriptionSeesIt()
    {
        using var client = _server.CreateClient();
        var (variantId, _, available) = await PhysicalVariantAsync(client, 2);
        var placed = await PlaceOrderAsync(client, await ReadyCartAsync(client, variantId, 2), "tok_requires_action");
        AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var whilePending = await AvailableAsync(client, variantId);
        await using var subscriber = GraphQLWsSubscriber.Start();

        subscriber.Subscribe("order", _server.BaseAddress, Operation("OrderStatus"), new { orderId, token, after = 1 });
        var cancelled = (await subscriber.NextAsync("order", Wait))["data"]!["orderStatusChanged"]!;
        var order = (await client.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;

        Assert.Equal("PLACED", placed["order"]!["status"]!.GetValue<string>());
        Assert.Equal(available - 2, whilePending);
        Assert.Equal("CANCELLED", cancelled["status"]!.GetValue<string>());
        Assert.Equal(2, cancelled["event"]!["sequence"]!.GetValue<int>());
        Assert.Equal("PLACED", cancelled["event"]!["fromStatus"]!.GetValue<string>());
        Assert.Equal("system", cancelled["event"]!["actor"]!.GetValue<string>());
        Assert.Equal("CANCELLED", order["status"]!.GetValue<string>());
        Assert.Equal(available, await AvailableAsync(client, variantId));
    }

    private static async Task<int> AvailableAsync(HttpClient client, string variantId) =>
        (await client.DataAsync("query($id: ID!) { node(id: $id) { ... on ProductVariant { availability { quantity } } } }", new { id = variantId }))
            ["node"]!["availability"]!["quantity"]!.GetValue<int>();
}
