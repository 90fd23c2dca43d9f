using System.Diagnostics;
using Headless.GraphQL.Diagnostics;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Documents;
using Headless.GraphQL.Transport.Limits;
using Headless.GraphQL.Types;
using Headless.GraphQL.Validation;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The whole pipeline on one page (graphql-js <c>graphql()</c>): parse → validate → execute, returning the errors
/// of the first stage that fails. Documents that parse are cached with their validation outcome by the hash of
/// their text. The HTTP and WebSocket transport prepare documents here too, and run their operation rules between
/// <see cref="PrepareDocument"/> and <see cref="Executor"/>.
/// </summary>
public sealed class GraphQLExecutor(Schema schema, ExecutionOptions? options = null, DocumentCache? cache = null, ParserOptions? parserOptions = null)
{
    public Schema Schema { get; } = schema;

    public ExecutionOptions Options { get; } = options ?? ExecutionOptions.Default;

    /// <summary>Null when caching is off.</summary>
    public DocumentCache? Cache { get; } = cache;

    public ValueTask<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider? requestServices = null,
        IDictionary<string, object?>? items = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default,
        System.Security.Claims.ClaimsPrincipal? user = null)
    {
        var prepared = PrepareDocument(request.Query, Options.HideSuggestions);
        if (!prepared.IsValid)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));
        }

        return Executor.ExecuteRequestAsync(ToExecutionRequest(request, prepared.Document!, requestServices, items, rootValue, cancellationToken) with { User = user });
    }

    public ValueTask<SubscriptionResult> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider? requestServices = null,
        IDictionary<string, object?>? items = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default,
        System.Security.Claims.ClaimsPrincipal? user = null)
    {
        var prepared = PrepareDocument(request.Query, Options.HideSuggestions);
        if (!prepared.IsValid)
        {
            return new ValueTask<SubscriptionResult>(new SubscriptionResult(ExecutionResult.FromErrors(prepared.Errors), null));
        }

        return Executor.SubscribeAsync(ToExecutionRequest(request, prepared.Document!, requestServices, items, rootValue, cancellationToken) with { User = user });
    }

    /// <summary>
    /// Parse and validate <paramref name="text"/>, or take both outcomes from the cache. Syntax errors and broken
    /// parser limits are not cached: finding them again costs no more than hashing.
    /// </summary>
    /// <param name="hideSuggestions">Leave "Did you mean …?" hints out of validation messages.</param>
    /// <param name="textHash">The text's <see cref="DocumentHash"/> when the caller already has it.</param>
    public PreparedDocument PrepareDocument(string text, bool hideSuggestions = false, string? textHash = null)
    {
        var key = Cache is null ? null : DocumentCache.KeyOfHash(textHash ?? DocumentHash.Compute(text), hideSuggestions);
        if (key is not null && Cache!.TryGet(key, out var cached))
        {
            if (Activity.Current is { } operation && operation.Source == GraphQLTelemetry.Source)
            {
                operation.SetTag(GraphQLTelemetry.DocumentCacheHitAttribute, true);
            }

            return cached;
        }

        DocumentNode document;
        using (var parse = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.ParseSpanName))
        {
            try
            {
                document = Parser.Parse(text, parserOptions);
            }
            catch (GraphQLSyntaxException syntax)
            {
                parse?.SetStatus(ActivityStatusCode.Error, ErrorCodes.SyntaxError);
                return new PreparedDocument(null, [new GraphQLError(syntax.Message, ErrorCodes.SyntaxError) { Locations = [new ErrorLocation(syntax.Line, syntax.Column)] }]);
            }
            catch (DocumentLimitException limit)
            {
                var error = LimitErrors.DocumentTooLarge(limit);
                parse?.SetStatus(ActivityStatusCode.Error, error.Code);
                return new PreparedDocument(null, [error]);
            }
        }

        PreparedDocument prepared;
        using (var validate = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.ValidateSpanName))
        {
            prepared = new PreparedDocument(document, DocumentValidator.Validate(Schema, document, hideSuggestions: hideSuggestions));
            if (!prepared.IsValid)
            {
                validate?.SetStatus(ActivityStatusCode.Error, prepared.Errors[0].Code);
            }
        }

        if (key is not null)
        {
            Cache!.Add(key, prepared);
        }

        return prepared;
    }

    /// <summary>Parses and validates <paramref name="query"/>, or takes it from the cache.</summary>
    public bool TryGetDocument(string query, out DocumentNode document, out IReadOnlyList<GraphQLError> errors)
    {
        var prepared = PrepareDocument(query, Options.HideSuggestions);
        document = prepared.Document!;
        errors = prepared.Errors;
        return prepared.IsValid;
    }

    private ExecutionRequest ToExecutionRequest(
        GraphQLRequest request,
        DocumentNode document,
        IServiceProvider? requestServices,
        IDictionary<string, object?>? items,
        object? rootValue,
        CancellationToken cancellationToken) =>
        new(Schema, document)
        {
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            RootValue = rootValue,
            RequestServices = requestServices,
            Items = items,
            Options = Options,
            CancellationToken = cancellationToken,
        };
}
