using Headless.GraphQL.Diagnostics;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Documents;
using Headless.GraphQL.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// Everything between a transport and the executor, on one page: find the document text (inline, trusted or
/// persisted), parse and validate it (cached by hash), run the operation rules, then execute or subscribe.
/// Errors of every stage before execution come back as request errors, without a <c>data</c> entry.
/// </summary>
public sealed class OperationPipeline(Schema schema, GraphQLTransportOptions options, ILogger? logger = null)
{
    private readonly UnexpectedErrorLog _unexpected = new(logger ?? NullLogger.Instance);

    // Parse and validate go through the facade, so that both entry points share one cached path.
    private readonly GraphQLExecutor _documents = new(schema, options.Execution, new DocumentCache(options.DocumentCacheSize), options.Parser);
    private readonly BoundedCache<string> _automaticDocuments = new(options.TrustedDocuments.MaxAutomaticDocuments);
    private readonly OperationNames _operationNames = new(options.Telemetry.MaxOperationNames);

    public Schema Schema { get; } = schema;

    public GraphQLTransportOptions Options { get; } = options;

    public async ValueTask<PreparedOperation> PrepareAsync(OperationRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var source = ResolveDocumentText(request);
        if (source.Error is not null)
        {
            return PreparedOperation.Refused(source.Error);
        }

        var cached = _documents.PrepareDocument(source.Text!, HidesSuggestions(context), source.Hash);
        if (!cached.IsValid)
        {
            return new PreparedOperation { Document = cached.Document, Errors = cached.Errors };
        }

        var document = cached.Document!;

        var operation = SelectOperation(document, request.OperationName);

        // Variables are coerced before any rule, as execution would: a rule must judge the values the operation
        // will run with, and a value that cannot be coerced is the client's error, reported as graphql-js does.
        IReadOnlyDictionary<string, object?>? variables = null;
        if (operation is not null)
        {
            var execution = ExecutionOptionsFor(context);
            variables = InputCoercion.CoerceVariableValues(Schema, operation, request.Variables, execution.MaxVariableErrors, out var variableErrors, execution.HideSuggestions);
            if (variableErrors.Count > 0)
            {
                return new PreparedOperation { Document = document, Operation = operation, Errors = variableErrors };
            }
        }

        var ruleContext = new OperationRuleContext
        {
            Schema = Schema,
            Document = document,
            Operation = operation,
            Request = request,
            RequestContext = context,
            Variables = variables ?? new Dictionary<string, object?>(),
        };

        foreach (var rule in Options.Rules)
        {
            var errors = await rule.CheckAsync(ruleContext, cancellationToken);
            if (errors.Count > 0)
            {
                return new PreparedOperation { Document = document, Operation = operation, Errors = errors, ResultExtensions = Extensions(ruleContext) };
            }
        }

        return new PreparedOperation { Document = document, Operation = operation, ResultExtensions = Extensions(ruleContext), Variables = variables };
    }

    /// <summary>Names the operation's span and labels after what <paramref name="prepared"/> selected.</summary>
    internal void Describe(OperationTelemetry telemetry, PreparedOperation prepared, OperationRequest request)
    {
        var trusted = request.DocumentId is not null
            || (request.Query is { } query && Options.TrustedDocuments.Store.Count > 0 && Options.TrustedDocuments.Store.ContainsText(query));
        // A document that failed validation still names its operation: its errors belong to that name.
        var operation = prepared.Operation ?? (prepared.Document is { } document ? SelectOperation(document, request.OperationName) : null);
        var label = _operationNames.LabelFor(operation?.Name?.Value, trusted);
        telemetry.Prepared(operation, prepared, label, Options.Telemetry.IncludeDocument);
    }

    /// <summary>Runs a prepared query or mutation, bounded by the request timeout.</summary>
    public async Task<ExecutionResult> ExecuteAsync(
        PreparedOperation prepared, OperationRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        if (prepared.IsRefused)
        {
            return WithExtensions(ExecutionResult.FromErrors(prepared.Errors), prepared.ResultExtensions);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(Options.RequestTimeout);
        }

        using var span = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.ExecuteSpanName);
        try
        {
            var result = _unexpected.Record(
                await Engine.ExecuteAsync(Schema, prepared, request, context, ExecutionOptionsFor(context), timeout.Token),
                prepared.Operation,
                context);
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return TimedOut();
            }

            return WithExtensions(result, prepared.ResultExtensions);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    /// <summary>
    /// Starts a prepared subscription: a stream of results, or one result with request errors when it cannot start.
    /// </summary>
    public async Task<SubscriptionOutcome> SubscribeAsync(
        PreparedOperation prepared, OperationRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        if (prepared.IsRefused)
        {
            return new SubscriptionOutcome(WithExtensions(ExecutionResult.FromErrors(prepared.Errors), prepared.ResultExtensions), null);
        }

        using var span = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.ExecuteSpanName);
        var outcome = await Engine.SubscribeAsync(Schema, prepared, request, context, ExecutionOptionsFor(context), cancellationToken);
        return outcome switch
        {
            { Result: { } refused } => outcome with { Result = _unexpected.Record(refused, prepared.Operation, context) },
            { Stream: { } stream } => outcome with { Stream = _unexpected.Watch(stream, prepared.Operation, context) },
            _ => outcome,
        };
    }

    /// <summary>The operation <paramref name="operationName"/> picks (spec GetOperation), or null when none fits.</summary>
    public static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }

    /// <summary>Hidden suggestions change validation messages, so such documents are cached apart.</summary>
    private bool HidesSuggestions(RequestContext context) => Options.HideSuggestions?.Invoke(context) ?? false;

    /// <summary>The execution options for this caller: suggestions hidden from variable errors as from validation.</summary>
    private ExecutionOptions ExecutionOptionsFor(RequestContext context) =>
        HidesSuggestions(context) ? Options.Execution with { HideSuggestions = true } : Options.Execution;

    private DocumentSource ResolveDocumentText(OperationRequest request)
    {
        var trusted = Options.TrustedDocuments;
        if (request.DocumentId is { } documentId)
        {
            var hash = DocumentHash.FromDocumentId(documentId);
            if (hash is not null && (trusted.Store.TryGetByHash(hash, out var text) || _automaticDocuments.TryGet(hash, out text)))
            {
                return new DocumentSource(text, hash, null);
            }

            return DocumentSource.Failed($"No trusted document has the id '{documentId}'.", TransportErrorCodes.DocumentNotFound);
        }

        if (request.GetPersistedQueryHash() is { } persistedHash)
        {
            if (!trusted.AutomaticPersistedQueries)
            {
                return DocumentSource.Failed("PersistedQueryNotSupported", TransportErrorCodes.PersistedQueryNotSupported);
            }

            var hash = persistedHash.ToLowerInvariant();
            if (request.Query is null)
            {
                return trusted.Store.TryGetByHash(hash, out var known) || _automaticDocuments.TryGet(hash, out known)
                    ? new DocumentSource(known, hash, null)
                    : DocumentSource.Failed("PersistedQueryNotFound", TransportErrorCodes.PersistedQueryNotFound);
            }

            if (DocumentHash.Compute(request.Query) != hash)
            {
                return DocumentSource.Failed("The persisted query's sha256Hash does not match its text.", TransportErrorCodes.PersistedQueryHashMismatch);
            }

            if (trusted.AllowListOnly && !trusted.Store.TryGetByHash(hash, out _))
            {
                return NotTrusted();
            }

            _automaticDocuments.Set(hash, request.Query);
            return new DocumentSource(request.Query, hash, null);
        }

        if (request.Query is null)
        {
            return DocumentSource.Failed("The request has no 'query' parameter.", TransportErrorCodes.BadRequest);
        }

        var textHash = DocumentHash.Compute(request.Query);
        if (trusted.AllowListOnly && !trusted.Store.TryGetByHash(textHash, out _))
        {
            return NotTrusted();
        }

        return new DocumentSource(request.Query, textHash, null);
    }

    private static DocumentSource NotTrusted() =>
        DocumentSource.Failed("Only trusted documents may run on this endpoint; send a registered documentId.", TransportErrorCodes.DocumentNotTrusted);

    private static ExecutionResult TimedOut() =>
        ExecutionResult.FromError(new GraphQLError("The request took longer than the server allows.", TransportErrorCodes.RequestTimeout));

    private static IReadOnlyDictionary<string, object?>? Extensions(OperationRuleContext context) =>
        context.ResultExtensions.Count == 0 ? null : new Dictionary<string, object?>(context.ResultExtensions);

    private static ExecutionResult WithExtensions(ExecutionResult result, IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return result;
        }

        var merged = new Dictionary<string, object?>(extensions, StringComparer.Ordinal);
        foreach (var (key, value) in result.Extensions ?? new Dictionary<string, object?>())
        {
            merged[key] = value;
        }

        return result with { Extensions = merged };
    }

    private sealed record DocumentSource(string? Text, string? Hash, GraphQLError? Error)
    {
        public static DocumentSource Failed(string message, string code) => new(null, null, new GraphQLError(message, code));
    }
}
