using System.Diagnostics;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Limits;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Diagnostics;

/// <summary>
/// One operation's span and measurements: started when a transport receives the request, named once the document
/// says what the operation is, and closed with its result (errors by code, duration by name and type).
/// </summary>
internal sealed class OperationTelemetry : IDisposable
{
    private const string UnknownType = "unknown";

    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();
    private TagList _labels;
    private bool _completed;

    private OperationTelemetry(Activity? activity)
    {
        _activity = activity;
        _labels = new TagList
        {
            { GraphQLTelemetry.OperationNameAttribute, OperationNames.Other },
            { GraphQLTelemetry.OperationTypeAttribute, UnknownType },
        };
    }

    /// <summary>
    /// Starts the operation span under <paramref name="parent"/> when given (a <c>traceparent</c> the client sent in
    /// the message), otherwise under the current span (the HTTP request's, which honours the request's header).
    /// </summary>
    public static OperationTelemetry Start(TransportKind transport, ActivityContext? parent = null)
    {
        var activity = parent is { } context
            ? GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.OperationSpanName, ActivityKind.Internal, context)
            : GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.OperationSpanName, ActivityKind.Internal);
        activity?.SetTag(GraphQLTelemetry.TransportAttribute, transport == TransportKind.Http ? "http" : "websocket");
        return new OperationTelemetry(activity);
    }

    /// <summary>The span of the operation, for children started outside the current async flow.</summary>
    public Activity? Activity => _activity;

    /// <summary>Names the span and the metric labels after the selected operation; records its cost.</summary>
    public void Prepared(OperationDefinitionNode? operation, PreparedOperation prepared, string nameLabel, bool includeDocument)
    {
        var type = operation is null ? UnknownType : TypeName(operation.Operation);
        var name = operation?.Name?.Value;
        _labels = new TagList
        {
            { GraphQLTelemetry.OperationNameAttribute, operation is null ? OperationNames.Other : nameLabel },
            { GraphQLTelemetry.OperationTypeAttribute, type },
        };

        if (prepared.ResultExtensions?.GetValueOrDefault(CostAnalysisRule.ExtensionKey) is IReadOnlyDictionary<string, object?> cost
            && cost.GetValueOrDefault("requested") is long requested)
        {
            GraphQLTelemetry.OperationCost.Record(requested, _labels);
        }

        if (_activity is null || operation is null)
        {
            return;
        }

        // The conventions' span name: "{type} {name}", or the type alone for an anonymous operation.
        _activity.DisplayName = name is null ? type : $"{type} {name}";
        _activity.SetTag(GraphQLTelemetry.OperationTypeAttribute, type);
        if (name is not null)
        {
            _activity.SetTag(GraphQLTelemetry.OperationNameAttribute, name);
        }

        if (includeDocument && prepared.Document is { } document)
        {
            _activity.SetTag(GraphQLTelemetry.DocumentAttribute, Printer.Print(document));
        }
    }

    /// <summary>Counts the result's errors by code and records the duration; the first call wins.</summary>
    public void Completed(ExecutionResult result)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        string? firstCode = null;
        foreach (var error in result.Errors)
        {
            var code = error.Code.Length == 0 ? "UNKNOWN" : error.Code;
            firstCode ??= code;
            var labels = _labels;
            labels.Add(GraphQLTelemetry.ErrorCodeAttribute, code);
            GraphQLTelemetry.Errors.Add(1, labels);
        }

        GraphQLTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, _labels);
        if (_activity is not null && firstCode is not null)
        {
            _activity.SetTag(GraphQLTelemetry.ErrorCodeAttribute, firstCode);
            _activity.SetStatus(ActivityStatusCode.Error, firstCode);
        }
    }

    public void Dispose() => _activity?.Dispose();

    private static string TypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
