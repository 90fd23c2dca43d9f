using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support;
using Headless.Api.Webhooks;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Tests.Shared;
using Npgsql;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Operations;

/// <summary>
/// The instance-kill drill: nginx (ops/nginx.conf.template) in front of three API processes sharing PostgreSQL and
/// Redis; checkouts run side by side with order-status subscriptions (the graphql-ws client) through nginx, and one
/// instance gets <c>kill -9</c> in the middle. Clients do what the README tells them: retry with the same
/// idempotency key (and the same webhook event id), and resubscribe with the last sequence they saw.
/// </summary>
[Collection(PostgresStorefront.Name)]
public sealed class InstanceKillDrillTests(PostgresServer postgres) : IAsyncLifetime
{
    private const int Lanes = 4;
    private const int CheckoutsPerLane = 3;
    private const int CapturedSequence = 3;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly RedisServer _redis = new();
    private readonly List<ApiServerProcess> _instances = [];
    private NginxServer? _nginx;
    private string _connectionString = "";
    private int _retries;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_redis).InitializeAsync();
        _connectionString = await postgres.CreateDatabaseAsync("killdrill");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Headless"] = _connectionString,
            ["Redis__Configuration"] = _redis.Configuration,
            ["ForwardedHeaders__Enabled"] = "true",
            // A killed instance's outbox claims lapse quickly, so the survivors send what it had claimed.
            ["Outbox__Lease"] = "00:00:05",
        };
        // The first migrates and seeds; the others start together on the finished database.
        _instances.Add(await ApiServerProcess.StartAsync(environment));
        _instances.AddRange(await Task.WhenAll(ApiServerProcess.StartAsync(environment), ApiServerProcess.StartAsync(environment)));
        _nginx = await NginxServer.StartAsync(_instances.Select(i => i.BaseAddress));
    }

    public async Task DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await ((IAsyncLifetime)_redis).DisposeAsync();
    }

    [Fact]
    public async Task KillingAnInstanceMidRunLosesNoOrderChargesNoOrderTwiceAndSubscriptionsResumeOnAnother()
    {
        using var client = new HttpClient { BaseAddress = _nginx!.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await using var subscriber = GraphQLWsSubscriber.Start();
        var variants = new List<string>();
        for (var lane = 0; lane < Lanes; lane++)
        {
            variants.Add((await PhysicalVariantAsync(client, 10, skip: lane)).Id);
        }

        // All lanes but the last hold their first order's capture until after the kill, so their subscriptions are
        // open (and waiting for event 3) when an instance dies; the last lane keeps checking out through the kill.
        var waiting = Enumerable.Range(0, Lanes - 1).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var followers = new ConcurrentBag<Task<Followed>>();
        var orders = new ConcurrentBag<string>();
        var lanes = Enumerable.Range(0, Lanes).Select(lane => Task.Run(async () =>
        {
            for (var i = 0; i < CheckoutsPerLane; i++)
            {
                var (orderId, token, authorization) = await CheckoutAsync(client, variants[lane]);
                orders.Add(orderId);
                var hold = i == 0 && lane < waiting.Count;
                followers.Add(FollowAsync(subscriber, orderId, token, hold ? waiting[lane] : null));
                if (hold)
                {
                    await killed.Task;
                }

                await CaptureAsync(client, authorization);
            }
        })).ToList();

        var open = Task.WhenAll(waiting.Select(w => w.Task));
        await Task.WhenAny(open, Task.WhenAll(lanes), Task.Delay(Wait));
        Assert.True(open.IsCompletedSuccessfully, "The held subscriptions did not open.");
        // The instance holding the most connections from nginx right now: it has subscriptions open.
        var victim = _instances.OrderByDescending(i => EstablishedConnections(i.BaseAddress.Port)).First();
        victim.Kill();
        killed.TrySetResult();

        await Task.WhenAll(lanes);
        var followed = await Task.WhenAll(followers);

        // Zero lost orders, each exactly once, each paid once.
        Assert.Equal(Lanes * CheckoutsPerLane, orders.Distinct().Count());
        await using var database = new NpgsqlConnection(_connectionString);
        await database.OpenAsync();
        Assert.Equal(
            $"{Lanes * CheckoutsPerLane} {Lanes * CheckoutsPerLane}",
            await TextAsync(database, "SELECT count(*) || ' ' || count(DISTINCT idempotency_key) FROM orders"));
        Assert.Equal(
            $"{Lanes * CheckoutsPerLane} {Lanes * CheckoutsPerLane} {Lanes * CheckoutsPerLane}",
            await TextAsync(database, "SELECT count(*) || ' ' || count(DISTINCT order_id) || ' ' || count(DISTINCT authorization_id) FROM payments"));
        Assert.Equal("PaymentCaptured", await TextAsync(database, "SELECT string_agg(DISTINCT state, ',') FROM orders"));

        // Every subscriber saw 1, 2, 3 once each, in order, across its reconnections.
        foreach (var follower in followed)
        {
            Assert.True(follower.Sequences.SequenceEqual([1, 2, CapturedSequence]), $"{follower.OrderId}: {string.Join(",", follower.Sequences)}");
        }

        Assert.True(followed.Sum(f => f.Reconnects) > 0, $"No subscription was on the killed instance, so none had to reconnect ({_retries} requests retried).");
        Assert.True(victim.HasExited);
    }

    /// <summary>One shopper: cart, address, shipping, and placeOrder retried with the same idempotency key until it answers.</summary>
    private async Task<(string OrderId, string Token, string Authorization)> CheckoutAsync(HttpClient client, string variantId)
    {
        var created = await SendAsync(client, Operation("CreateCart"), new { input = new { email = "ada@example.com", lines = new[] { new { variantId, quantity = 1 } } } });
        var cartId = created["createCart"]!["cart"]!["id"]!.GetValue<string>();
        AssertNoErrors((await SendAsync(client, Operation("SetAddress"), new { cartId, address = BerlinAddress }))["setCartShippingAddress"]!);
        AssertNoErrors((await SendAsync(client, Operation("SetShipping"), new { cartId, code = "STANDARD" }))["setCartShippingMethod"]!);
        var idempotencyKey = Guid.NewGuid().ToString();
        var placed = (await SendAsync(client, Operation("PlaceOrder"), new { cartId, paymentToken = "tok_approve", idempotencyKey }))["placeOrder"]!;
        AssertNoErrors(placed);
        return (placed["order"]!["id"]!.GetValue<string>(), placed["orderToken"]!.GetValue<string>(), placed["order"]!["paymentReference"]!.GetValue<string>());
    }

    /// <summary>The provider's capture webhook, retried with the same event id (processed once whatever the retries).</summary>
    private async Task CaptureAsync(HttpClient client, string authorizationId)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { id = $"evt_{Guid.NewGuid():N}", type = "payment.captured", data = new { authorizationId } });
        await RetryAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, SandboxWebhookEndpoints.Path)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(SandboxWebhookSignature.HeaderName, SandboxWebhookSignature.Sign(TestHostSettings.WebhookSecret, DateTimeOffset.UtcNow, body));
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                return null;
            }

            Assert.True(response.IsSuccessStatusCode, $"Webhook answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return new JsonObject();
        });
    }

    /// <summary>A GraphQL request retried on what a lost instance looks like from outside: no answer, 5xx, SERVICE_UNAVAILABLE.</summary>
    private Task<JsonObject> SendAsync(HttpClient client, string query, object variables) => RetryAsync(async () =>
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        if ((int)response.StatusCode >= 500)
        {
            return null;
        }

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if (json["errors"] is JsonArray errors)
        {
            Assert.True(
                errors.All(e => e?["extensions"]?["code"]?.GetValue<string>() == "SERVICE_UNAVAILABLE"),
                json.ToJsonString());
            return null;
        }

        return json["data"]!.AsObject();
    });

    private async Task<JsonObject> RetryAsync(Func<Task<JsonObject?>> attempt)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            try
            {
                if (await attempt() is { } result)
                {
                    return result;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // The instance died under the request: whether it ran is unknown, so it is sent again as it was.
            }

            Interlocked.Increment(ref _retries);
            Assert.True(DateTime.UtcNow < deadline, $"No answer within {Wait}.");
            await Task.Delay(250);
        }
    }

    /// <summary>Follows one order until the capture; when the socket drops, resubscribes through nginx after the last sequence seen.</summary>
    private async Task<Followed> FollowAsync(GraphQLWsSubscriber subscriber, string orderId, string token, TaskCompletionSource? live)
    {
        var sequences = new List<int>();
        var reconnects = 0;
        var deadline = DateTime.UtcNow + Wait;
        while (sequences.LastOrDefault() < CapturedSequence)
        {
            var id = $"{orderId}#{reconnects}";
            subscriber.Subscribe(id, _nginx!.BaseAddress, Operation("OrderStatus"), new { orderId, token, after = sequences.LastOrDefault() });
            while (true)
            {
                var remaining = deadline - DateTime.UtcNow;
                Assert.True(remaining > TimeSpan.Zero, $"{orderId} saw only {string.Join(",", sequences)} within {Wait}.");
                var message = await subscriber.MessageAsync(id, remaining);
                if (message["next"]?["data"]?["orderStatusChanged"]?["event"]?["sequence"]?.GetValue<int>() is { } sequence)
                {
                    sequences.Add(sequence);
                    live?.TrySetResult();
                    if (sequence >= CapturedSequence)
                    {
                        subscriber.Stop(id);
                        break;
                    }

                    continue;
                }

                // Closed under it (1006 from nginx when the instance died, 1012 when it stopped): resubscribe.
                subscriber.Stop(id);
                reconnects++;
                await Task.Delay(200);
                break;
            }
        }

        return new Followed(orderId, sequences, reconnects);
    }

    /// <summary>Established TCP connections to a local port (from /proc/net/tcp: local address, state 01).</summary>
    private static int EstablishedConnections(int port)
    {
        var local = ":" + port.ToString("X4", CultureInfo.InvariantCulture);
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(fields => fields.Length > 3 && fields[1].EndsWith(local, StringComparison.Ordinal) && fields[3] == "01");
    }

    private static async Task<string> TextAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    private sealed record Followed(string OrderId, List<int> Sequences, int Reconnects);
}
