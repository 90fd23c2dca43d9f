using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The whole pipeline on one page (graphql-js <c>graphql()</c>): parse → validate → execute, returning the errors
/// of the first stage that fails. Documents that pass are cached by the hash of their text.
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
        CancellationToken cancellationToken = default)
    {
        if (!TryGetDocument(request.Query, out var document, out var errors))
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors));
        }

        return Executor.ExecuteRequestAsync(ToExecutionRequest(request, document, requestServices, items, rootValue, cancellationToken));
    }

    public ValueTask<SubscriptionResult> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider? requestServices = null,
        IDictionary<string, object?>? items = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default)
    {
        if (!TryGetDocument(request.Query, out var document, out var errors))
        {
            return new ValueTask<SubscriptionResult>(new SubscriptionResult(ExecutionResult.FromErrors(errors), null));
        }

        return Executor.SubscribeAsync(ToExecutionRequest(request, document, requestServices, items, rootValue, cancellationToken));
    }

    /// <summary>Parses and validates <paramref name="query"/>, or takes it from the cache.</summary>
    public bool TryGetDocument(string query, out DocumentNode document, out IReadOnlyList<GraphQLError> errors)
    {
        errors = [];
        var key = Cache is null ? null : DocumentCache.KeyOf(query);
        if (key is not null && Cache!.TryGet(key, out document))
        {
            return true;
        }

        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (GraphQLSyntaxException syntax)
        {
            document = null!;
            errors = [new GraphQLError(syntax.Message, ErrorCodes.SyntaxError) { Locations = [new ErrorLocation(syntax.Line, syntax.Column)] }];
            return false;
        }

        errors = RequestValidation.Validate(Schema, document);
        if (errors.Count > 0)
        {
            return false;
        }

        if (key is not null)
        {
            Cache!.Add(key, document);
        }

        return true;
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
