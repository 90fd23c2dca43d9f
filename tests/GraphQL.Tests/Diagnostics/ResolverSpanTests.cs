using System.Collections.Concurrent;
using System.Diagnostics;
using Headless.GraphQL.Diagnostics;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Diagnostics;

/// <summary>Spans of the engine as an <see cref="ActivityListener"/> sees them, for one test's own trace.</summary>
public sealed class ResolverSpanTests : IDisposable
{
    // Created before the listener is added, so the listener sees it.
    private readonly ActivitySource _testSource = new("Headless.GraphQL.Tests.ResolverSpans");
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public ResolverSpanTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.SourceName || source == _testSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _testSource.Dispose();
    }

    [Fact]
    public async Task OnlyFieldsOptedInGetAResolverSpanAndItSitsUnderParseValidateSiblings()
    {
        var schema = SchemaBuilder.FromSdl("type Query { slow: String plain: String items: [Item] } type Item { name: String }")
            .AddResolver("Query", "slow", async (IResolveFieldContext _) =>
            {
                await Task.Yield();
                return "done";
            })
            .AddResolver("Query", "plain", _ => "plain")
            .AddResolver("Query", "items", _ => new[] { new { name = "a" }, new { name = "b" } })
            .TraceResolver("Query", "slow")
            .Build();

        var spans = await TraceAsync(() => new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ slow plain items { name } }")).AsTask());

        var slow = Assert.Single(spans, s => s.DisplayName == "Query.slow");
        Assert.Equal("slow", slow.GetTagItem(GraphQLTelemetry.FieldNameAttribute));
        Assert.Equal("slow", slow.GetTagItem(GraphQLTelemetry.FieldPathAttribute));
        Assert.DoesNotContain(spans, s => s.DisplayName is "Query.plain" or "Query.items" or "Item.name");
        Assert.Contains(spans, s => s.DisplayName == GraphQLTelemetry.ParseSpanName);
        Assert.Contains(spans, s => s.DisplayName == GraphQLTelemetry.ValidateSpanName);
    }

    [Fact]
    public void TracingAFieldThatDoesNotExistStopsTheBuild()
    {
        var builder = SchemaBuilder.FromSdl("type Query { a: String }").AddResolver("Query", "a", _ => "a").TraceResolver("Query", "b");

        var error = Assert.Throws<SchemaBuildException>(() => builder.Build());

        Assert.Contains("TraceResolver: \"Query.b\"", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The engine's spans stopped inside a root span of this test (other tests run at the same time).</summary>
    private async Task<List<Activity>> TraceAsync(Func<Task> run)
    {
        ActivityTraceId trace;
        using (var root = _testSource.StartActivity("test")!)
        {
            trace = root.TraceId;
            await run();
        }

        return [.. _stopped.Where(a => a.TraceId == trace && a.Source.Name == GraphQLTelemetry.SourceName)];
    }
}
