using System.Net.WebSockets;

namespace Headless.Api.Tests.Hosting;

/// <summary>The host binds <c>GraphQL:WebSockets</c> to the storefront endpoint, so the per-address cap holds on a real socket.</summary>
public sealed class WebSocketHostLimitTests
{
    [Fact]
    public async Task ASocketBeyondTheConfiguredPerAddressCapIsClosedWithTryAgainLater()
    {
        await using var api = new HeadlessApiFactory(settings: new Dictionary<string, string>
        {
            ["GraphQL:WebSockets:MaxConnectionsPerClient"] = "2",
        });
        using var http = api.CreateKestrelClient();
        var address = new UriBuilder(http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;

        using var first = await ConnectAsync(address);
        using var second = await ConnectAsync(address);
        using var third = await ConnectAsync(address);

        var buffer = new byte[256];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = await third.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal(1013, (int?)third.CloseStatus);
        Assert.Equal(WebSocketState.Open, first.State);
        Assert.Equal(WebSocketState.Open, second.State);
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri address)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(address, CancellationToken.None);
        return socket;
    }
}
