using Headless.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary><c>orderStatusChanged</c> over graphql-transport-ws, driven by the real graphql-ws client against a real server.</summary>
public sealed class OrderStatusSubscriptionTests(SqliteApiServer api) : IClassFixture<SqliteApiServer>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TheGraphQLWsClientReceivesTheStatusChangeAPaymentWebhookMakes()
    {
        using var client = api.Server.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        await using var subscriber = GraphQLWsSubscriber.Start();

        subscriber.Subscribe("order", api.Server.BaseAddress, Operation("OrderStatus"), new { orderId, token, after = 1 });
        var authorized = (await subscriber.NextAsync("order", Wait))["data"]!["orderStatusChanged"]!;
        await using var database = new SqliteConnection(api.ConnectionString);
        await SendWebhookAsync(client, "payment.captured", await AuthorizationIdAsync(database, orderId));
        var captured = (await subscriber.NextAsync("order", Wait))["data"]!["orderStatusChanged"]!;

        Assert.Equal(2, authorized["event"]!["sequence"]!.GetValue<int>());
        Assert.Equal(3, captured["event"]!["sequence"]!.GetValue<int>());
        Assert.Equal("PAYMENT_CAPTURED", captured["status"]!.GetValue<string>());
        Assert.Equal("PAYMENT_AUTHORIZED", captured["event"]!["fromStatus"]!.GetValue<string>());
        Assert.Equal("sandbox-webhook", captured["event"]!["actor"]!.GetValue<string>());
        Assert.Equal("PAYMENT_CAPTURED", captured["order"]!["status"]!.GetValue<string>());
        Assert.Equal(orderId, captured["order"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASubscriberThatPassesAfterFirstReceivesWhatItMissedThenLiveEvents()
    {
        using var client = api.Server.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        await using var database = new SqliteConnection(api.ConnectionString);
        var authorization = await AuthorizationIdAsync(database, orderId);
        await SendWebhookAsync(client, "payment.captured", authorization);
        await using var subscriber = GraphQLWsSubscriber.Start();

        subscriber.Subscribe("phone", api.Server.BaseAddress, Operation("OrderStatus"), new { orderId, token, after = 0 });
        var missed = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            missed.Add((await subscriber.NextAsync("phone", Wait))["data"]!["orderStatusChanged"]!["event"]!["sequence"]!.GetValue<int>());
        }

        await SendWebhookAsync(client, "payment.refunded", authorization);
        var live = (await subscriber.NextAsync("phone", Wait))["data"]!["orderStatusChanged"]!;

        Assert.Equal([1, 2, 3], missed);
        Assert.Equal(4, live["event"]!["sequence"]!.GetValue<int>());
        Assert.Equal("REFUNDED", live["status"]!.GetValue<string>());
        Assert.False(subscriber.HasPending("phone"));
    }

    [Fact]
    public async Task AWrongTokenFailsTheSubscriptionExactlyLikeAMissingOrder()
    {
        using var client = api.Server.CreateClient();
        var (orderId, token) = await OrderAsync(client);
        await using var subscriber = GraphQLWsSubscriber.Start();

        subscriber.Subscribe("wrong", api.Server.BaseAddress, Operation("OrderStatus"), new { orderId, token = "not-the-token", after = 0 });
        subscriber.Subscribe("missing", api.Server.BaseAddress, Operation("OrderStatus"), new { orderId = Headless.Api.Storefront.GlobalId.Encode("Order", Guid.NewGuid()), token, after = 0 });
        var wrong = await subscriber.MessageAsync("wrong", Wait);
        var missing = await subscriber.MessageAsync("missing", Wait);

        Assert.Equal("NOT_FOUND", wrong["error"]!["graphqlErrors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(missing["error"]!["graphqlErrors"]![0]!["message"]!.GetValue<string>(), wrong["error"]!["graphqlErrors"]![0]!["message"]!.GetValue<string>());
    }
}
