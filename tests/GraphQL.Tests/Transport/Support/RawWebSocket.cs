using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Headless.GraphQL.Tests.Transport.Support;

/// <summary>A <c>graphql-transport-ws</c> socket driven message by message, bytes and all, to see how the server reacts.</summary>
internal sealed class RawWebSocket : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket _socket = new();

    private RawWebSocket()
    {
    }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public static async Task<RawWebSocket> ConnectAsync(Uri url)
    {
        var client = new RawWebSocket();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(Wait);
        await client._socket.ConnectAsync(url, timeout.Token);
        return client;
    }

    /// <summary>Connects and completes the handshake (<c>connection_init</c>, then <c>connection_ack</c>).</summary>
    public static async Task<RawWebSocket> InitialisedAsync(Uri url)
    {
        var client = await ConnectAsync(url);
        await client.SendAsync("""{"type":"connection_init"}""");
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", (string?)ack?["type"]);
        return client;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message, or null once the server closed the socket.</summary>
    public async Task<JsonNode?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray());
            }
        }
    }

    /// <summary>Reads until the server closes; returns its close code.</summary>
    public async Task<int?> ClosedWithAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }
        }
        catch (WebSocketException)
        {
            return null;
        }

        return (int?)_socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
            }
        }

        _socket.Dispose();
    }
}
