using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.WebSockets;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>
/// One client cannot hold every socket or flood one: sockets per client address are capped (1013 Try Again Later)
/// and so are subscribe and ping messages per connection per second (1008 Policy Violation). The clock is frozen,
/// so a budget never refills during a test and the outcome does not depend on the machine's speed.
/// </summary>
public sealed class WebSocketLimitTests
{
    [Fact]
    public async Task SocketsBeyondTheClientsMaximumAreClosedWithTryAgainLater()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.WebSockets.MaxConnectionsPerClient = 2);
        await using var first = await RawWebSocket.InitialisedAsync(server.WebSocketUrl);
        await using var second = await RawWebSocket.InitialisedAsync(server.WebSocketUrl);

        await using var third = await RawWebSocket.ConnectAsync(server.WebSocketUrl);

        Assert.Equal(CloseCodes.TryAgainLater, await third.ClosedWithAsync());
        Assert.Equal("Too many connections from this address", third.CloseStatusDescription);
        await first.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (string?)(await first.ReceiveAsync())?["type"]);
    }

    [Fact]
    public async Task SubscribesBeyondThePerSecondMaximumCloseTheConnection()
    {
        await using var server = await TransportTestServer.StartAsync(options =>
        {
            options.WebSockets.MaxSubscribesPerSecond = 3;
            options.WebSockets.TimeProvider = new FrozenTime();
        });
        await using var socket = await RawWebSocket.InitialisedAsync(server.WebSocketUrl);

        for (var id = 1; id <= 4; id++)
        {
            await socket.SendAsync($"{{\"id\":\"{id}\",\"type\":\"subscribe\",\"payload\":{{\"query\":\"{{ hello }}\"}}}}");
        }

        Assert.Equal(CloseCodes.PolicyViolation, await socket.ClosedWithAsync());
        Assert.Equal("Too many subscribe messages: at most 3 per second", socket.CloseStatusDescription);
        Assert.True(server.Probe.ResolverCalls <= 3, $"{server.Probe.ResolverCalls} operations ran");
    }

    [Fact]
    public async Task PingsBeyondThePerSecondMaximumCloseTheConnection()
    {
        await using var server = await TransportTestServer.StartAsync(options =>
        {
            options.WebSockets.MaxPingsPerSecond = 2;
            options.WebSockets.TimeProvider = new FrozenTime();
        });
        await using var socket = await RawWebSocket.InitialisedAsync(server.WebSocketUrl);

        for (var i = 0; i < 50; i++)
        {
            await socket.SendAsync("""{"type":"ping"}""");
        }

        Assert.Equal(CloseCodes.PolicyViolation, await socket.ClosedWithAsync());
        Assert.Equal("Too many pings: at most 2 per second", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task AClientWithinItsBudgetsIsServedInFull()
    {
        await using var server = await TransportTestServer.StartAsync(options =>
        {
            options.WebSockets.MaxPingsPerSecond = 3;
            options.WebSockets.MaxSubscribesPerSecond = 3;
            options.WebSockets.TimeProvider = new FrozenTime();
        });
        await using var socket = await RawWebSocket.InitialisedAsync(server.WebSocketUrl);

        for (var i = 0; i < 3; i++)
        {
            await socket.SendAsync("""{"type":"ping"}""");
            Assert.Equal("pong", (string?)(await socket.ReceiveAsync())?["type"]);
            await socket.SendAsync($"{{\"id\":\"{i}\",\"type\":\"subscribe\",\"payload\":{{\"query\":\"{{ hello }}\"}}}}");
            Assert.Equal("next", (string?)(await socket.ReceiveAsync())?["type"]);
            Assert.Equal("complete", (string?)(await socket.ReceiveAsync())?["type"]);
        }

        Assert.Null(socket.CloseStatus);
    }
}
