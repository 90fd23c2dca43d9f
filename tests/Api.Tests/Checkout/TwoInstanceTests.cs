using Headless.Api.Health;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using Npgsql;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Checkout;

/// <summary>
/// Two real API server processes sharing one PostgreSQL database and one Redis: what happens on one
/// reaches subscribers on the other, and a Redis outage costs neither answers nor events.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class TwoInstanceTests(PostgresServer postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // Well under the resync interval below, so an event within it came through Redis, not the database.
    private static readonly TimeSpan LiveWait = TimeSpan.FromSeconds(10);

    private readonly RedisServer _redis = new();
    private string _connectionString = "";
    private ApiServerProcess? _a;
    private ApiServerProcess? _b;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_redis).InitializeAsync();
        _connectionString = await postgres.CreateDatabaseAsync("instances");
        // One after the other: the first migrates and seeds, the second finds it done.
        _a = await ApiServerProcess.StartAsync(Environment());
        _b = await ApiServerProcess.StartAsync(Environment());
    }

    public async Task DisposeAsync()
    {
        if (_a is not null)
        {
            await _a.DisposeAsync();
        }

        if (_b is not null)
        {
            await _b.DisposeAsync();
        }

        await ((IAsyncLifetime)_redis).DisposeAsync();
    }

    [Fact]
    public async Task ASubscriptionOnOneInstanceSeesChangesMadeThroughTheOtherAndOutlivesARedisOutage()
    {
        using var clientA = _a!.CreateClient();
        using var clientB = _b!.CreateClient();
        await using var database = new NpgsqlConnection(_connectionString);

        // Placed through B with a payment that waits for the provider: PLACED (1).
        var (variantId, _, _) = await PhysicalVariantAsync(clientB, 2);
        var placed = await PlaceOrderAsync(clientB, await ReadyCartAsync(clientB, variantId, 1), "tok_requires_action");
        AssertNoErrors(placed);
        var orderId = placed["order"]!["id"]!.GetValue<string>();
        var token = placed["orderToken"]!.GetValue<string>();
        var authorization = await AuthorizationIdAsync(database, orderId);

        // Subscribed on A; the replay of event 1 shows the subscription is open.
        await using var subscriber = GraphQLWsSubscriber.Start();
        subscriber.Subscribe("a", _a.BaseAddress, Operation("OrderStatus"), new { orderId, token, after = 0 });
        Assert.Equal(1, await SequenceAsync(subscriber));

        // 2: authorized through B, delivered on A through Redis (sooner than A's database resync could).
        await SendWebhookAsync(clientB, "payment.authorized", authorization);
        var authorized = await UpdateAsync(subscriber, LiveWait);
        Assert.Equal((2, "PAYMENT_AUTHORIZED"), authorized);

        // Redis down: both instances keep answering queries and mutations; 3 is committed through B.
        await _redis.StopAsync();
        var order = (await clientA.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!;
        Assert.Equal("PAYMENT_AUTHORIZED", order["status"]!.GetValue<string>());
        var cart = await CreateCartAsync(clientB, new { lines = new[] { new { variantId, quantity = 1 } } });
        AssertNoErrors(cart);
        await SendWebhookAsync(clientB, "payment.captured", authorization);
        Assert.Equal("PAYMENT_CAPTURED", (await clientA.DataAsync(Operation("Order"), new { id = orderId, token }))["order"]!["status"]!.GetValue<string>());

        // Redis back: 3 arrives (outbox or resync), then 4 live, each once and in order.
        await _redis.StartAsync();
        await WaitUntilReadyAsync(clientA);
        await WaitUntilReadyAsync(clientB);
        Assert.Equal((3, "PAYMENT_CAPTURED"), await UpdateAsync(subscriber, TimeSpan.FromSeconds(90)));
        await SendWebhookAsync(clientB, "payment.refunded", authorization);
        Assert.Equal((4, "REFUNDED"), await UpdateAsync(subscriber, LiveWait));
        Assert.False(subscriber.HasPending("a"));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Headless"] = _connectionString,
        ["Redis__Configuration"] = _redis.Configuration + ",connectTimeout=2000,syncTimeout=2000",
        ["Storefront__OrderStatus__ResyncInterval"] = "00:00:30",
    };

    private static async Task<int> SequenceAsync(GraphQLWsSubscriber subscriber) =>
        (await UpdateAsync(subscriber)).Sequence;

    private static async Task<(int Sequence, string Status)> UpdateAsync(GraphQLWsSubscriber subscriber, TimeSpan? timeout = null)
    {
        var update = (await subscriber.NextAsync("a", timeout ?? Wait))["data"]!["orderStatusChanged"]!;
        return (update["event"]!["sequence"]!.GetValue<int>(), update["status"]!.GetValue<string>());
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(HealthEndpoints.ReadyPath);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The instance did not report Redis ready again within a minute.");
    }
}
