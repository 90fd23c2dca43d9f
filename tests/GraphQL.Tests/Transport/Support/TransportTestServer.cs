using System.Runtime.CompilerServices;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Tests.Transport.Support;

/// <summary>
/// A real Kestrel server on a free loopback port with a small schema, so that Node clients (graphql-http's audit,
/// graphql-ws) and HttpClient talk to the endpoint exactly as production clients would.
/// </summary>
internal sealed class TransportTestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          "Waits until the request is cancelled; tells the test through Probe.Cancelled."
          slow: String
          "Fails with a field error."
          broken: String
          resolverCalls: Int!
        }

        type Mutation {
          increment: Int!
        }

        type Subscription {
          "Counts from 1 to 'to', then ends."
          counter(to: Int!): Int!
          "Ticks forever until cancelled; tells the test through Probe.StreamStopped."
          ticks: Int!
          "Who the connection_init hook said the client is."
          whoAmI: String
        }
        """;

    private readonly WebApplication _app;

    private TransportTestServer(WebApplication app, ServerProbe probe)
    {
        _app = app;
        Probe = probe;
        var address = new Uri(app.Urls.Single());
        HttpUrl = new Uri(address, "/graphql");
        WebSocketUrl = new UriBuilder(HttpUrl) { Scheme = "ws" }.Uri;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri HttpUrl { get; }

    public Uri WebSocketUrl { get; }

    public HttpClient Client { get; }

    public ServerProbe Probe { get; }

    public static async Task<TransportTestServer> StartAsync(Action<GraphQLTransportOptions>? configure = null, ILoggerProvider? logs = null)
    {
        var probe = new ServerProbe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL("/graphql", BuildSchema(probe), configure);
        await app.StartAsync();
        return new TransportTestServer(app, probe);
    }

    public static Schema BuildSchema(ServerProbe probe) => SchemaBuilder.FromSdl(Sdl)
        .AddResolver("Query", "hello", context =>
        {
            Interlocked.Increment(ref probe.ResolverCalls);
            return "Hello, " + (context.Arguments.GetValueOrDefault("name") as string ?? "world");
        })
        .AddResolver("Query", "slow", async context =>
        {
            probe.SlowStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                probe.Cancelled.TrySetResult();
                throw;
            }

            return null;
        })
        .AddResolver("Query", "broken", _ => throw new InvalidOperationException("boom"))
        .AddResolver("Query", "resolverCalls", _ => probe.ResolverCalls)
        .AddResolver("Mutation", "increment", _ => Interlocked.Increment(ref probe.Increments))
        .AddSubscription("Subscription", "counter", context => Count((int)context.Arguments["to"]!))
        .AddSubscription("Subscription", "ticks", context => Tick(probe, context.CancellationToken))
        .AddSubscription("Subscription", "whoAmI", context => One(context.Items.TryGetValue("user", out var user) ? user as string : null))
        .Build();

    private static async IAsyncEnumerable<int> Count(int to)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Tick(ServerProbe probe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            for (var i = 1; ; i++)
            {
                yield return i;
                await Task.Delay(20, cancellationToken);
            }
        }
        finally
        {
            probe.StreamStopped.TrySetResult();
        }
    }

    private static async IAsyncEnumerable<string?> One(string? value)
    {
        await Task.Yield();
        yield return value;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
