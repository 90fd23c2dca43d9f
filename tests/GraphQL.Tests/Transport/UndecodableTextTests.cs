using System.Net;
using System.Text;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.WebSockets;
using Headless.Tests.Shared;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>
/// JSON that parses but whose strings are not Unicode (raw invalid UTF-8 bytes, an unpaired surrogate escape) is the
/// client's mistake: HTTP answers 400 with a GraphQL error, a WebSocket closes with 4400, and nothing logs an error.
/// </summary>
public sealed class UndecodableTextTests
{
    public static TheoryData<string, byte[]> Bodies => new()
    {
        { "invalid UTF-8 in the query", WithByte("""{"query":"{ hello(name: \"#\") }"}""", 0xFF) },
        { "overlong UTF-8 in the query", WithBytes("""{"query":"{ hello(name: \"#\") }"}""", 0xC0, 0x80) },
        { "lone surrogate in the query", Encoding.UTF8.GetBytes("""{"query":"{ hello(name: \"\ud800\") }"}""") },
        { "lone surrogate in a variable", Encoding.UTF8.GetBytes("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"\udc00"}}""") },
        { "lone surrogate in a parameter name", Encoding.UTF8.GetBytes("""{"\ud800":1,"query":"{ hello }"}""") },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task UndecodableStringInAPostBodyIsABadRequestNotAServerFault(string _, byte[] body)
    {
        var logs = new CapturedLogs();
        await using var server = await TransportTestServer.StartAsync(logs: logs);
        var request = new HttpRequestMessage(HttpMethod.Post, server.HttpUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var exchange = await HttpExchange.SendAsync(server, request);

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("BAD_REQUEST", exchange.FirstErrorCode);
        Assert.Contains("not valid Unicode", (string?)exchange.Body!["errors"]![0]!["message"]);
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task LoneSurrogateInGetVariablesIsABadRequest()
    {
        await using var server = await TransportTestServer.StartAsync();
        var url = server.HttpUrl + "?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"\ud800"}""");

        var exchange = await HttpExchange.SendAsync(server, new HttpRequestMessage(HttpMethod.Get, url));

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("BAD_REQUEST", exchange.FirstErrorCode);
    }

    public static TheoryData<string, bool, byte[]> Messages => new()
    {
        { "lone surrogate in the subscribe payload", true, Encoding.UTF8.GetBytes("""{"id":"1","type":"subscribe","payload":{"query":"{ hello(name: \"\ud800\") }"}}""") },
        { "lone surrogate in the id", true, Encoding.UTF8.GetBytes("""{"id":"\ud800","type":"subscribe","payload":{"query":"{ hello }"}}""") },
        { "lone surrogate in a property name", true, Encoding.UTF8.GetBytes("""{"type":"ping","\ud800":1}""") },
        { "lone surrogate in the init payload", false, Encoding.UTF8.GetBytes("""{"type":"connection_init","payload":{"token":"\udfff"}}""") },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public async Task UndecodableStringInAWebSocketMessageClosesWithBadRequest(string _, bool initialiseFirst, byte[] message)
    {
        var logs = new CapturedLogs();
        await using var server = await TransportTestServer.StartAsync(logs: logs);
        await using var socket = initialiseFirst
            ? await RawWebSocket.InitialisedAsync(server.WebSocketUrl)
            : await RawWebSocket.ConnectAsync(server.WebSocketUrl);

        await socket.SendAsync(message);

        Assert.Equal(CloseCodes.BadRequest, await socket.ClosedWithAsync());
        Assert.StartsWith("Invalid message received", socket.CloseStatusDescription);
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    /// <summary>
    /// A text frame of invalid UTF-8 never reaches the protocol: the runtime's WebSocket refuses it (RFC 6455 says to
    /// close with 1007). That ends this connection only, without an error in the log.
    /// </summary>
    [Fact]
    public async Task InvalidUtf8TextFrameEndsOnlyItsConnection()
    {
        var logs = new CapturedLogs();
        await using var server = await TransportTestServer.StartAsync(logs: logs);
        await using (var socket = await RawWebSocket.InitialisedAsync(server.WebSocketUrl))
        {
            await socket.SendAsync(WithByte("""{"id":"1","type":"subscribe","payload":{"query":"{ hello(name: \"#\") }"}}""", 0xFF));
            Assert.NotEqual(CloseCodes.InternalServerError, await socket.ClosedWithAsync());
        }

        await using var next = await RawWebSocket.InitialisedAsync(server.WebSocketUrl);
        await next.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("next", (string?)(await next.ReceiveAsync())?["type"]);
        Assert.DoesNotContain(logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    private static byte[] WithByte(string json, byte value) => WithBytes(json, value);

    /// <summary>The JSON with its one <c>#</c> replaced by raw bytes.</summary>
    private static byte[] WithBytes(string json, params byte[] bytes)
    {
        var text = Encoding.UTF8.GetBytes(json);
        var at = Array.IndexOf(text, (byte)'#');
        return [.. text[..at], .. bytes, .. text[(at + 1)..]];
    }
}
