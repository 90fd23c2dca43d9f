using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Headless.GraphQL.Diagnostics;

/// <summary>
/// The engine's spans and instruments, by name, in one place. The engine depends on no telemetry package: it
/// publishes through <see cref="System.Diagnostics"/>, and the host chooses whether anything listens
/// (<c>AddSource(GraphQLTelemetry.SourceName)</c>, <c>AddMeter(GraphQLTelemetry.MeterName)</c>). Span and attribute
/// names follow OpenTelemetry's GraphQL server conventions where they define one.
/// </summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "Headless.GraphQL";

    public const string MeterName = "Headless.GraphQL";

    /// <summary>Name of an operation span before the document is known (the conventions' fallback).</summary>
    public const string OperationSpanName = "GraphQL Operation";

    public const string ParseSpanName = "graphql.parse";

    public const string ValidateSpanName = "graphql.validate";

    public const string ExecuteSpanName = "graphql.execute";

    public const string DataLoaderBatchSpanName = "graphql.dataloader.batch";

    public const string OperationNameAttribute = "graphql.operation.name";

    public const string OperationTypeAttribute = "graphql.operation.type";

    public const string DocumentAttribute = "graphql.document";

    public const string ErrorCodeAttribute = "graphql.error.code";

    public const string FieldNameAttribute = "graphql.field.name";

    public const string FieldPathAttribute = "graphql.field.path";

    public const string ParentTypeAttribute = "graphql.field.parent_type";

    public const string DataLoaderNameAttribute = "graphql.dataloader.name";

    public const string BatchSizeAttribute = "graphql.dataloader.batch.size";

    public const string DocumentCacheHitAttribute = "graphql.document.cache_hit";

    public const string TransportAttribute = "graphql.transport";

    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(MeterName);

    /// <summary>Wall time of one operation from receipt to result (subscriptions: until the stream started).</summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "headless.graphql.request.duration",
        unit: "s",
        description: "Duration of GraphQL operations, by operation name and type.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>Every error a response carries, by <c>extensions.code</c>.</summary>
    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "headless.graphql.errors", unit: "{error}", description: "GraphQL errors in responses, by extensions.code.");

    /// <summary>The cost analysis' figure for operations that reached it.</summary>
    public static readonly Histogram<long> OperationCost = Meter.CreateHistogram<long>(
        "headless.graphql.operation.cost",
        unit: "{cost}",
        description: "Computed cost of GraphQL operations, by operation name and type.",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 20000] });

    /// <summary>Keys per DataLoader batch: near 1 means batching does not help that loader.</summary>
    public static readonly Histogram<int> DataLoaderBatchSize = Meter.CreateHistogram<int>(
        "headless.graphql.dataloader.batch.size",
        unit: "{key}",
        description: "Keys fetched per DataLoader batch, by loader.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 20, 50, 100, 200, 500] });

    public static readonly UpDownCounter<long> WebSocketConnections = Meter.CreateUpDownCounter<long>(
        "headless.graphql.websocket.connections", unit: "{connection}", description: "Open graphql-transport-ws connections.");

    public static readonly UpDownCounter<long> ActiveSubscriptions = Meter.CreateUpDownCounter<long>(
        "headless.graphql.subscriptions.active", unit: "{subscription}", description: "Running subscription streams.");
}
