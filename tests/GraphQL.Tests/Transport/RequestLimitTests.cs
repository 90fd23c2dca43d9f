using System.Net;
using System.Text;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Tests.Transport.Support;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>The transport's own limits: batches, request timeout, client disconnect, body size, and the rule hook.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task BatchIsRefusedWhileBatchingIsOff()
    {
        await using var server = await TransportTestServer.StartAsync();

        var exchange = await HttpExchange.PostAsync(server, new[] { new { query = "{ hello }" } });

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("BATCHING_DISABLED", exchange.FirstErrorCode);
        Assert.Equal(0, server.Probe.ResolverCalls);
    }

    [Fact]
    public async Task EnabledBatchAnswersEachRequestInOrder()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.EnableBatching = true);

        var exchange = await HttpExchange.PostAsync(server, new object[]
        {
            new { query = "{ hello(name: \"one\") }" },
            new { query = "mutation { increment }" },
            new { query = "{ nope }" },
        });

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        var results = exchange.Body!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.Equal("Hello, one", (string?)results[0]!["data"]!["hello"]);
        Assert.Equal(1, (int?)results[1]!["data"]!["increment"]);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)results[2]!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task BatchLargerThanTheMaximumIsRefusedBeforeAnyRuns()
    {
        await using var server = await TransportTestServer.StartAsync(options =>
        {
            options.EnableBatching = true;
            options.MaxBatchSize = 2;
        });

        var exchange = await HttpExchange.PostAsync(server, Enumerable.Repeat(new { query = "{ hello }" }, 3).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("BATCH_TOO_LARGE", exchange.FirstErrorCode);
        Assert.Equal(0, server.Probe.ResolverCalls);
    }

    [Fact]
    public async Task RequestRunningPastTheTimeoutIsCancelled()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.RequestTimeout = TimeSpan.FromSeconds(1));

        var exchange = await HttpExchange.PostAsync(server, new { query = "{ slow }" });

        Assert.Equal(HttpStatusCode.GatewayTimeout, exchange.Status);
        Assert.Equal("REQUEST_TIMEOUT", exchange.FirstErrorCode);
        Assert.True(server.Probe.Cancelled.Task.IsCompleted, "The resolver never saw the cancellation.");
    }

    [Fact]
    public async Task ClientDisconnectCancelsTheRunningResolver()
    {
        await using var server = await TransportTestServer.StartAsync();
        using var disconnect = new CancellationTokenSource();

        var request = server.Client.PostAsync(
            server.HttpUrl, new StringContent("{\"query\":\"{ slow }\"}", Encoding.UTF8, "application/json"), disconnect.Token);
        await server.Probe.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        disconnect.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var observed = await Task.WhenAny(server.Probe.Cancelled.Task, Task.Delay(TimeSpan.FromSeconds(5)));
        Assert.Same(server.Probe.Cancelled.Task, observed);
    }

    [Fact]
    public async Task BodyLargerThanTheMaximumIsRefusedWith413()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.MaxRequestBytes = 1024);

        var exchange = await HttpExchange.PostAsync(server, new { query = "{ hello }", extensions = new { padding = new string('x', 2048) } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exchange.Status);
        Assert.Equal("BAD_REQUEST", exchange.FirstErrorCode);
    }

    [Fact]
    public async Task OperationRuleRefusesBeforeExecutionAndReportsItsExtensions()
    {
        await using var server = await TransportTestServer.StartAsync(options => options.Rules.Add(new RootFieldBudget(1)));

        var refused = await HttpExchange.PostAsync(server, new { query = "{ hello again: hello }" });
        var allowed = await HttpExchange.PostAsync(server, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("TOO_MANY_ROOT_FIELDS", refused.FirstErrorCode);
        Assert.Null(refused.Body!["data"]);
        Assert.Equal(2, (int?)refused.Body!["extensions"]!["rootFields"]);
        Assert.Equal(1, (int?)allowed.Body!["extensions"]!["rootFields"]);
        Assert.Equal(1, server.Probe.ResolverCalls);
    }

    /// <summary>A small rule of the kind the limits work will add: counts root fields, refuses past a budget.</summary>
    private sealed class RootFieldBudget(int maximum) : IOperationRule
    {
        public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
        {
            var count = context.Operation?.SelectionSet.Selections.Count ?? 0;
            context.ResultExtensions["rootFields"] = count;
            IReadOnlyList<GraphQLError> errors = count > maximum
                ? [new GraphQLError($"At most {maximum} root fields.", "TOO_MANY_ROOT_FIELDS")]
                : [];
            return ValueTask.FromResult(errors);
        }
    }
}
