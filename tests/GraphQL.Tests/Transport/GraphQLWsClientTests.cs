using System.Text.Json.Nodes;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.WebSockets;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>Subscriptions, queries and mutations over graphql-transport-ws, driven by the real graphql-ws client.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task SubscriptionDeliversEveryEventThenCompletes()
    {
        await using var server = await TransportTestServer.StartAsync();

        var answers = await RunClientAsync(server, new { name = "counter", query = "subscription { counter(to: 3) }" });

        var counter = answers["counter"]!;
        Assert.Null(counter["error"]);
        Assert.Equal("[{\"data\":{\"counter\":1}},{\"data\":{\"counter\":2}},{\"data\":{\"counter\":3}}]", counter["results"]!.ToJsonString());
    }

    [Fact]
    public async Task QueriesAndMutationsRunOverTheSocketToo()
    {
        await using var server = await TransportTestServer.StartAsync();

        var answers = await RunClientAsync(
            server,
            new { name = "query", query = "query ($name: String) { hello(name: $name) }", variables = new { name = "socket" } },
            new { name = "mutation", query = "mutation { increment }" });

        Assert.Equal("[{\"data\":{\"hello\":\"Hello, socket\"}}]", answers["query"]!["results"]!.ToJsonString());
        Assert.Equal("[{\"data\":{\"increment\":1}}]", answers["mutation"]!["results"]!.ToJsonString());
        Assert.Equal(1, server.Probe.Increments);
    }

    [Fact]
    public async Task CompletingEarlyStopsTheServerStream()
    {
        await using var server = await TransportTestServer.StartAsync();

        var answers = await RunClientAsync(server, new { name = "ticks", query = "subscription { ticks }", take = 2 });

        Assert.Equal(2, answers["ticks"]!["results"]!.AsArray().Count);
        var stopped = await Task.WhenAny(server.Probe.StreamStopped.Task, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.Same(server.Probe.StreamStopped.Task, stopped);
    }

    [Fact]
    public async Task ConnectionInitPayloadReachesTheHookAndTheResolvers()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.WebSockets.OnConnectionInit = context =>
        {
            var token = context.Payload?.GetValueOrDefault("token") as string;
            context.Items["user"] = token == "secret" ? "alice" : null;
            return ValueTask.FromResult(token == "secret");
        });

        var answers = await RunClientAsync(
            server,
            new { name = "allowed", query = "subscription { whoAmI }", connectionParams = new { token = "secret" } },
            new { name = "refused", query = "subscription { whoAmI }", connectionParams = new { token = "wrong" } });

        Assert.Equal("[{\"data\":{\"whoAmI\":\"alice\"}}]", answers["allowed"]!["results"]!.ToJsonString());
        Assert.Equal(CloseCodes.Forbidden, (int)answers["refused"]!["error"]!["closeCode"]!);
    }

    [Fact]
    public async Task InvalidSubscriptionIsReportedAsErrorMessage()
    {
        await using var server = await TransportTestServer.StartAsync();

        var answers = await RunClientAsync(server, new { name = "invalid", query = "subscription { nope }" });

        var errors = answers["invalid"]!["error"]!["graphqlErrors"]!.AsArray();
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string)errors[0]!["extensions"]!["code"]!);
    }

    private static Task<JsonObject> RunClientAsync(TransportTestServer server, params object[] steps) =>
        NodeJson.RunAsync("ws-client.mjs", new { url = server.WebSocketUrl.ToString(), steps }, "graphql-ws", "ws");
}
