using System.Text.Json.Nodes;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.WebSockets;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>
/// Each way a client can break graphql-transport-ws closes the socket with the protocol's code. One Node process
/// plays every conversation (raw <c>ws</c> client) against one server; each row checks its own outcome.
/// </summary>
public sealed class WebSocketProtocolViolationTests(WebSocketProtocolViolationTests.Conversations conversations)
    : IClassFixture<WebSocketProtocolViolationTests.Conversations>
{
    private const string Init = """{"type":"connection_init"}""";
    private const string Ack = "connection_ack";

    private static readonly object[] Cases =
    [
        new { name = "not JSON", send = new object[] { "{ not json" } },
        new { name = "no type", send = new object[] { """{"payload":{}}""" } },
        new { name = "unknown type", send = new object[] { Init, new { waitFor = Ack }, """{"type":"shout"}""" } },
        new { name = "server-only type", send = new object[] { Init, new { waitFor = Ack }, """{"type":"next","id":"1","payload":{}}""" } },
        new { name = "subscribe without id", send = new object[] { Init, new { waitFor = Ack }, """{"type":"subscribe","payload":{"query":"{ hello }"}}""" } },
        new { name = "subscribe without query", send = new object[] { Init, new { waitFor = Ack }, """{"id":"1","type":"subscribe","payload":{}}""" } },
        new { name = "subscribe before init", send = new object[] { """{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""" } },
        new { name = "init refused", send = new object[] { """{"type":"connection_init","payload":{"token":"wrong"}}""" } },
        new { name = "init hook fails", send = new object[] { """{"type":"connection_init","payload":{"explode":true}}""" } },
        new { name = "no subprotocol", protocols = Array.Empty<string>(), send = Array.Empty<object>() },
        new
        {
            name = "duplicate subscriber",
            send = new object[]
            {
                Init, new { waitFor = Ack },
                """{"id":"same","type":"subscribe","payload":{"query":"subscription { ticks }"}}""",
                """{"id":"same","type":"subscribe","payload":{"query":"subscription { ticks }"}}""",
            },
        },
        new { name = "second init", send = new object[] { Init, new { waitFor = Ack }, Init } },
        new
        {
            name = "too many subscriptions",
            send = new object[]
            {
                Init, new { waitFor = Ack },
                """{"id":"a","type":"subscribe","payload":{"query":"subscription { ticks }"}}""",
                """{"id":"b","type":"subscribe","payload":{"query":"subscription { ticks }"}}""",
                """{"id":"c","type":"subscribe","payload":{"query":"subscription { ticks }"}}""",
                new { waitFor = "error" },
            },
            timeoutMs = 4000,
        },
        new { name = "ping", send = new object[] { """{"type":"ping"}""", new { waitFor = "pong" } }, timeoutMs = 4000 },
    ];

    [Theory]
    [InlineData("not JSON", CloseCodes.BadRequest)]
    [InlineData("no type", CloseCodes.BadRequest)]
    [InlineData("unknown type", CloseCodes.BadRequest)]
    [InlineData("server-only type", CloseCodes.BadRequest)]
    [InlineData("subscribe without id", CloseCodes.BadRequest)]
    [InlineData("subscribe without query", CloseCodes.BadRequest)]
    [InlineData("subscribe before init", CloseCodes.Unauthorized)]
    [InlineData("init refused", CloseCodes.Forbidden)]
    [InlineData("no subprotocol", CloseCodes.SubprotocolNotAcceptable)]
    [InlineData("no init in time", CloseCodes.ConnectionInitialisationTimeout)]
    [InlineData("duplicate subscriber", CloseCodes.SubscriberAlreadyExists)]
    [InlineData("second init", CloseCodes.TooManyInitialisationRequests)]
    [InlineData("init hook fails", CloseCodes.InternalServerError)]
    public void ViolationClosesTheSocketWithTheProtocolsCode(string conversation, int closeCode)
    {
        var outcome = conversations.Outcomes[conversation]!;
        Assert.Equal(closeCode, (int?)outcome["closeCode"]);
    }

    [Fact]
    public void OperationsBeyondTheConnectionsMaximumAreRefusedWithoutClosing()
    {
        var outcome = conversations.Outcomes["too many subscriptions"]!;
        var error = outcome["messages"]!.AsArray().Single(m => (string?)m!["type"] == "error")!;
        Assert.Equal("c", (string?)error["id"]);
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", (string?)error["payload"]![0]!["extensions"]!["code"]);
        Assert.Null(outcome["closeCode"]);
    }

    [Fact]
    public void PingIsAnsweredWithPongEvenBeforeInit()
    {
        var outcome = conversations.Outcomes["ping"]!;
        Assert.Contains(outcome["messages"]!.AsArray(), m => (string?)m!["type"] == "pong");
    }

    /// <summary>A client that says nothing after connecting, for the server with a short init timeout.</summary>
    private static readonly object[] SilentCase = [new { name = "no init in time", send = Array.Empty<object>(), timeoutMs = 30000 }];

    /// <summary>
    /// Plays every conversation once against one server with a small subscription limit; the init timeout gets a
    /// server of its own, so a slow machine cannot turn the other conversations into timeouts.
    /// </summary>
    public sealed class Conversations : IAsyncLifetime
    {
        public JsonObject Outcomes { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await using (var impatient = await TransportTestServer.StartAsync(options => options.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300)))
            {
                var silent = await NodeJson.RunAsync("ws-raw.mjs", new { url = impatient.WebSocketUrl.ToString(), cases = SilentCase }, "ws");
                Outcomes["no init in time"] = silent["no init in time"]!.DeepClone();
            }

            await using var server = await TransportTestServer.StartAsync(options =>
            {
                options.WebSockets.ConnectionInitTimeout = TimeSpan.FromSeconds(30);
                options.WebSockets.MaxSubscriptionsPerConnection = 2;
                options.WebSockets.OnConnectionInit = context =>
                {
                    if (context.Payload?.ContainsKey("explode") == true)
                    {
                        throw new InvalidOperationException("hook failed");
                    }

                    return ValueTask.FromResult(context.Payload?.GetValueOrDefault("token") is not "wrong");
                };
            });
            var outcomes = await NodeJson.RunAsync("ws-raw.mjs", new { url = server.WebSocketUrl.ToString(), cases = Cases }, "ws");
            foreach (var (name, outcome) in outcomes)
            {
                Outcomes[name] = outcome!.DeepClone();
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
