using System.Diagnostics;
using System.Net.Http.Json;
using Headless.Api.Tests.Support;
using Headless.GraphQL.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Headless.Api.Tests.Telemetry;

/// <summary>
/// The host exporting over OTLP/HTTP to a real receiver on loopback: GraphQL spans by the conventions, under the
/// caller's W3C trace context (HTTP header, WebSocket subscribe extensions), with DataLoader and EF Core children.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private OtlpReceiver _receiver = null!;
    private HeadlessApiFactory _api = null!;

    public async Task InitializeAsync()
    {
        _receiver = await OtlpReceiver.StartAsync();
        _api = new HeadlessApiFactory(settings: new Dictionary<string, string>
        {
            ["Telemetry:Otlp:Endpoint"] = _receiver.Endpoint.ToString(),
            ["Telemetry:Otlp:MetricsInterval"] = "00:00:01",
        });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task AnHttpOperationIsTracedUnderTheCallersTraceparentWithParseValidateExecuteDataLoaderAndDatabaseSpans()
    {
        // In memory: a socket client in this process would be traced by the host's own HttpClient instrumentation,
        // which replaces the traceparent the test sets with one of its own span.
        var client = _api.CreateClient();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpan = ActivitySpanId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            // A document of its own, so the parse and validate spans are not skipped by the document cache.
            Content = JsonContent.Create(new { query = $"query TracedCatalog {{ products(first: 5) {{ nodes {{ name variants {{ sku }} }} }} }} # {traceId}" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();

        // The server's own span ends after the response is written, so it may arrive in a later export batch.
        var spans = await WaitForTraceAsync(
            traceId,
            s => s.Any(x => x.Name == GraphQLTelemetry.DataLoaderBatchSpanName) && s.Any(IsDatabaseSpan) && s.Any(x => x.ParentSpanId == callerSpan));

        var server = Assert.Single(spans, s => s.ParentSpanId == callerSpan);
        var operation = Assert.Single(spans, s => s.Name == "query TracedCatalog");
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Equal("TracedCatalog", operation.Attribute(GraphQLTelemetry.OperationNameAttribute));
        Assert.Equal("query", operation.Attribute(GraphQLTelemetry.OperationTypeAttribute));
        Assert.Null(operation.Attribute(GraphQLTelemetry.DocumentAttribute));
        foreach (var phase in new[] { GraphQLTelemetry.ParseSpanName, GraphQLTelemetry.ValidateSpanName, GraphQLTelemetry.ExecuteSpanName })
        {
            Assert.Equal(operation.SpanId, Assert.Single(spans, s => s.Name == phase).ParentSpanId);
        }

        var execute = spans.Single(s => s.Name == GraphQLTelemetry.ExecuteSpanName);
        var resolver = Assert.Single(spans, s => s.Name == "Query.products");
        Assert.Equal(execute.SpanId, resolver.ParentSpanId);
        var batch = Assert.Single(spans, s => s.Name == GraphQLTelemetry.DataLoaderBatchSpanName && s.Attribute(GraphQLTelemetry.DataLoaderNameAttribute) == "VariantsByProductLoader");
        Assert.Equal("5", batch.Attribute(GraphQLTelemetry.BatchSizeAttribute));
        Assert.Contains(spans, s => IsDatabaseSpan(s) && s.ParentSpanId == batch.SpanId);
        // Plain fields get no span of their own.
        Assert.DoesNotContain(spans, s => s.Name.EndsWith(".name", StringComparison.Ordinal) || s.Name.EndsWith(".sku", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWebSocketOperationJoinsTheTraceNamedInItsSubscribeExtensions()
    {
        var client = _api.CreateKestrelClient();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpan = ActivitySpanId.CreateRandom().ToHexString();
        await using var socket = await RawGraphQLSocket.ConnectAsync(client.BaseAddress!);
        await socket.SubscribeAsync("1", "query SocketCategories { categories { name } }", extensions: new { traceparent = $"00-{traceId}-{callerSpan}-01" });
        Assert.Equal("next", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        var spans = await WaitForTraceAsync(traceId, s => s.Any(x => x.Name == "query SocketCategories"));

        var operation = Assert.Single(spans, s => s.Name == "query SocketCategories");
        Assert.Equal(callerSpan, operation.ParentSpanId);
        Assert.Equal("websocket", operation.Attribute(GraphQLTelemetry.TransportAttribute));
    }

    [Fact]
    public async Task MetricsArePushedOverOtlp()
    {
        var client = _api.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query MeteredCategories { categories { name } }" });
        response.EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!_receiver.MetricNames.Contains("headless.graphql.request.duration") && DateTime.UtcNow < deadline)
        {
            _api.Services.GetRequiredService<MeterProvider>().ForceFlush();
            await Task.Delay(200);
        }

        var names = _receiver.MetricNames.ToHashSet();
        Assert.Contains("headless.graphql.request.duration", names);
        Assert.Contains("headless.graphql.operation.cost", names);
        Assert.Contains("headless.orders.placed", names);
        Assert.Contains("http.server.request.duration", names);
    }

    private static bool IsDatabaseSpan(ReceivedSpan span) => span.Scope.Contains("EntityFrameworkCore", StringComparison.Ordinal);

    private async Task<IReadOnlyList<ReceivedSpan>> WaitForTraceAsync(string traceId, Func<IReadOnlyList<ReceivedSpan>, bool> done)
    {
        var all = await _receiver.WaitForSpansAsync(
            spans => done([.. spans.Where(s => s.TraceId == traceId)]),
            () => _api.Services.GetRequiredService<TracerProvider>().ForceFlush());
        return [.. all.Where(s => s.TraceId == traceId)];
    }
}
