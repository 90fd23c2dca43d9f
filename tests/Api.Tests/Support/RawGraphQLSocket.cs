using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Support;

/// <summary>
/// A <c>graphql-transport-ws</c> client on <see cref="ClientWebSocket"/>, for tests that must put something in the
/// protocol's messages the npm client does not send (e.g. a <c>traceparent</c> in the subscribe extensions).
/// </summary>
public sealed class RawGraphQLSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private RawGraphQLSocket()
    {
    }

    /// <summary>Connects to <c>/graphql</c> of <paramref name="baseAddress"/> and completes the init/ack handshake.</summary>
    public static async Task<RawGraphQLSocket> ConnectAsync(Uri baseAddress)
    {
        var client = new RawGraphQLSocket();
        client._socket.Options.AddSubProtocol("graphql-transport-ws");
        var address = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await client._socket.ConnectAsync(address, CancellationToken.None);
        await client.SendAsync(new { type = "connection_init" });
        var ack = await client.ReceiveAsync();
        Assert.True(ack["type"]?.GetValue<string>() == "connection_ack", ack.ToJsonString());
        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null, object? extensions = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables, extensions } });

    public Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, as JSON; fails after <paramref name="timeout"/> (60 s by default: the suite shares two cores).</summary>
    public async Task<JsonObject> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancel.Token);
            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(text.ToString())!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }
}
