using System.Net;
using System.Net.Sockets;
using System.Text;
using Headless.Api.Storefront;
using Headless.Api.Tests.Support;
using Headless.Tests.Shared;
using Microsoft.Data.Sqlite;
using StackExchange.Redis;
using static Headless.Api.Tests.Checkout.CheckoutSteps;

namespace Headless.Api.Tests.Operations;

/// <summary>
/// SIGTERM to a real server process (<c>dotnet Headless.Api.dll</c>): its WebSockets close with 1012 at once (the
/// real graphql-ws client sees the code), it stops accepting connections, the request in flight still gets its
/// answer, and the outbox row it had claimed is handed back, so the next instance sends it at once.
/// </summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly RedisServer _redis = new();
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-shutdown-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync() => await ((IAsyncLifetime)_redis).InitializeAsync();

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_redis).DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    [Fact]
    public async Task SigtermClosesSocketsWith1012FinishesTheRequestInFlightAndGivesBackOutboxClaims()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={_path}",
            // A publish held up by the paused Redis waits as long as it takes, so only the shutdown can end it.
            ["Redis__Configuration"] = _redis.Configuration + ",asyncTimeout=120000",
            // Far longer than the test: a row that comes back early was given back, not left to lapse.
            ["Outbox__Lease"] = "00:10:00",
            ["Hosting__ShutdownTimeout"] = "00:00:30",
        };
        await using var admin = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration + ",allowAdmin=true");
        var redis = admin.GetServer(admin.GetEndPoints()[0]);
        await using var bus = await BusRecorder.StartAsync(_redis.Configuration);
        await using var subscriber = GraphQLWsSubscriber.Start();

        var server = await ApiServerProcess.StartAsync(environment);
        string orderId;
        try
        {
            using var client = server.CreateClient();
            string token;
            (orderId, token) = await OrderAsync(client);
            subscriber.Subscribe("status", server.BaseAddress, Operation("OrderStatus"), new { orderId, token, after = 0 });
            await subscriber.NextAsync("status", Wait);

            // Redis stops answering writes: the publisher claims the capture's outbox row and hangs in PUBLISH.
            await redis.ExecuteAsync("CLIENT", "PAUSE", "120000", "WRITE");
            await using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
            {
                await SendWebhookAsync(client, "payment.captured", await AuthorizationIdAsync(connection, orderId));
            }

            await WaitUntilAsync(async () => await OutboxRowAsync() is { Claimed: true, Published: false });

            // A request in flight: headers and half its body sent, the rest after SIGTERM.
            using var inFlight = new TcpClient();
            await inFlight.ConnectAsync(IPAddress.Loopback, server.BaseAddress.Port);
            var stream = inFlight.GetStream();
            var body = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");
            var head = $"POST {StorefrontEndpoints.Path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body.AsMemory(0, 10));
            await stream.FlushAsync();

            var exited = server.TerminateAsync(Wait * 2);

            // The socket closes with Service Restart: graphql-ws clients reconnect (elsewhere, behind a balancer).
            var closed = await NextNonResultAsync(subscriber);
            Assert.Equal(1012, closed["error"]?["closeCode"]?.GetValue<int>());

            // No new connections while the one in flight is still being served.
            await WaitUntilAsync(async () => !await AcceptsConnectionsAsync(server.BaseAddress.Port));
            Assert.False(exited.IsCompleted, "The server exited before the request in flight was answered.");

            await stream.WriteAsync(body.AsMemory(10));
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var response = await reader.ReadToEndAsync();
            Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
            Assert.Contains("\"__typename\":\"Query\"", response, StringComparison.Ordinal);

            Assert.Equal(0, await exited);
            var row = await OutboxRowAsync();
            Assert.False(row.Claimed, "The stopped instance kept its claim on the outbox row.");
            Assert.False(row.Published);
        }
        finally
        {
            await server.DisposeAsync();
            await redis.ExecuteAsync("CLIENT", "UNPAUSE");
        }

        // The next instance sends the row at once, not after the ten-minute lease.
        var captured = GlobalId.Decode(orderId, "Order");
        var before = bus.CountFor(captured);
        await using var next = await ApiServerProcess.StartAsync(environment);
        await WaitUntilAsync(async () => await OutboxRowAsync() is { Published: true });
        await bus.WaitForAsync(b => b.CountFor(captured) > before, Wait);
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> NextNonResultAsync(GraphQLWsSubscriber subscriber)
    {
        while (true)
        {
            var message = await subscriber.MessageAsync("status", Wait);
            if (message["next"] is null)
            {
                return message;
            }
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        try
        {
            using var probe = new TcpClient();
            await probe.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>The newest outbox row (the capture's event): claimed (a lease is set) and published.</summary>
    private async Task<(bool Claimed, bool Published)> OutboxRowAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT lease_expires_at IS NOT NULL, published_at IS NOT NULL FROM outbox_messages ORDER BY id DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within " + Wait);
            await Task.Delay(100);
        }
    }
}
