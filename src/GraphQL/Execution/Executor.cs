using System.Runtime.CompilerServices;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// The spec's Execution section (§6) for a document that has been parsed and validated: ExecuteRequest,
/// ExecuteQuery, ExecuteMutation and Subscribe with its source and response streams.
/// </summary>
public static class Executor
{
    /// <summary>The spec's ExecuteRequest for queries and mutations (a subscription runs its first event's shape: use <see cref="SubscribeAsync"/>).</summary>
    public static async ValueTask<ExecutionResult> ExecuteRequestAsync(ExecutionRequest request)
    {
        if (!TryPrepare(request, out var executor, out var errorResult))
        {
            return errorResult;
        }

        return executor.Operation.Operation switch
        {
            OperationType.Mutation => await ExecuteMutationAsync(executor, request.RootValue).ConfigureAwait(false),
            OperationType.Subscription => await ExecuteSubscriptionEventAsync(executor, request.RootValue).ConfigureAwait(false),
            _ => await ExecuteQueryAsync(executor, request.RootValue).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// The spec's Subscribe: CreateSourceEventStream, then MapSourceToResponseEvent. Request errors and errors
    /// raised while creating the stream come back as <see cref="SubscriptionResult.Error"/>.
    /// </summary>
    public static async ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        if (!TryPrepare(request, out var executor, out var errorResult))
        {
            return new SubscriptionResult(errorResult, null);
        }

        if (executor.Operation.Operation != OperationType.Subscription)
        {
            return new SubscriptionResult(await ExecuteRequestAsync(request).ConfigureAwait(false), null);
        }

        var (stream, error) = await CreateSourceEventStreamAsync(executor, request.RootValue).ConfigureAwait(false);
        if (stream is null)
        {
            return new SubscriptionResult(ExecutionResult.FromError(error!), null);
        }

        return new SubscriptionResult(null, MapSourceToResponseEvent(stream, request));
    }

    /// <summary>Finds the operation and coerces variables (graphql-js buildExecutionContext).</summary>
    private static bool TryPrepare(ExecutionRequest request, out OperationExecutor executor, out ExecutionResult errorResult)
    {
        executor = null!;
        errorResult = null!;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        OperationDefinitionNode? operation = null;
        foreach (var definition in request.Document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate when request.OperationName is null:
                    if (operation is not null)
                    {
                        errorResult = ExecutionResult.FromError(ExecutionErrors.MultipleOperationsWithoutName());
                        return false;
                    }

                    operation = candidate;
                    break;
                case OperationDefinitionNode candidate when candidate.Name?.Value == request.OperationName:
                    operation = candidate;
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
        {
            errorResult = ExecutionResult.FromError(request.OperationName is null
                ? ExecutionErrors.NoOperation()
                : ExecutionErrors.UnknownOperation(request.OperationName));
            return false;
        }

        var variables = request.CoercedVariableValues;
        if (variables is null)
        {
            variables = InputCoercion.CoerceVariableValues(request.Schema, operation, request.VariableValues, request.Options.MaxVariableErrors, out var variableErrors, request.Options.HideSuggestions);
            if (variableErrors.Count > 0)
            {
                errorResult = ExecutionResult.FromErrors(variableErrors);
                return false;
            }
        }

        executor = new OperationExecutor(request.Schema, operation, fragments, variables, request);
        return true;
    }

    /// <summary>The spec's ExecuteQuery: root fields in normal (parallel) order.</summary>
    private static ValueTask<ExecutionResult> ExecuteQueryAsync(OperationExecutor executor, object? rootValue) =>
        ExecuteRootAsync(executor, rootValue, serially: false);

    /// <summary>The spec's ExecuteMutation: root fields one after another.</summary>
    private static ValueTask<ExecutionResult> ExecuteMutationAsync(OperationExecutor executor, object? rootValue) =>
        ExecuteRootAsync(executor, rootValue, serially: true);

    /// <summary>The spec's ExecuteSubscriptionEvent: the selection on one event, in normal order.</summary>
    private static ValueTask<ExecutionResult> ExecuteSubscriptionEventAsync(OperationExecutor executor, object? rootValue) =>
        ExecuteRootAsync(executor, rootValue, serially: false);

    private static async ValueTask<ExecutionResult> ExecuteRootAsync(OperationExecutor executor, object? rootValue, bool serially)
    {
        var rootType = executor.Schema.GetRootType(executor.Operation.Operation);
        if (rootType is null)
        {
            return new ExecutionResult { Errors = [ExecutionErrors.OperationNotSupported(executor.Operation)], HasData = true };
        }

        var plan = executor.CollectFields(rootType, executor.Operation.SelectionSet);
        object? data;
        try
        {
            // The whole selection runs under the DataLoader scope's dispatch context, so that no resolver
            // continuation escapes the count that decides when a batch is sent.
            var execution = executor.Loaders.RunAsync(
                static state => state.Serially
                    ? state.Executor.ExecuteSelectionSetSerially(state.Plan, state.RootValue, null)
                    : state.Executor.ExecuteSelectionSet(state.Plan, state.RootValue, null),
                (Executor: executor, Plan: plan, RootValue: rootValue, Serially: serially),
                executor.CancellationToken);
            data = execution.IsCompletedSuccessfully ? execution.Result : await execution.ConfigureAwait(false);
        }
        catch (FieldErrorException error)
        {
            // A non-null root field failed: the whole data is null.
            executor.AddError(error.Error);
            data = null;
        }

        return new ExecutionResult { Data = (ResultMap?)data, HasData = true, Errors = executor.Errors };
    }

    /// <summary>The spec's CreateSourceEventStream: the root field's subscribe resolver gives the event stream.</summary>
    private static async ValueTask<(IAsyncEnumerable<object?>? Stream, GraphQLError? Error)> CreateSourceEventStreamAsync(OperationExecutor executor, object? rootValue)
    {
        var rootType = executor.Schema.SubscriptionType;
        if (rootType is null)
        {
            return (null, ExecutionErrors.OperationNotSupported(executor.Operation));
        }

        var collected = FieldCollector.CollectFields(executor.Schema, executor.Fragments, executor.Variables, rootType, [executor.Operation.SelectionSet]);
        var group = collected.Fields.FirstOrDefault();
        if (group?.Definition is null)
        {
            var node = executor.Operation.SelectionSet.Selections.OfType<FieldNode>().FirstOrDefault();
            return (null, ExecutionErrors.SubscriptionFieldNotDefined(node?.Name.Value ?? "", node is null ? [] : [node]));
        }

        var path = new ResponsePath(null, group.ResponseKey);
        if (group.Definition.Access is { } access && executor.RefuseAccess(access, rootType, group.Definition) is FieldErrorException refused)
        {
            // No stream is created for a caller who may not read the field.
            return (null, (refused.Error with { Path = path.ToList() }).WithLocations(group.Nodes));
        }

        try
        {
            var arguments = group.GetArguments(executor.Variables);
            var context = new ResolveFieldContext(executor, rootType, rootValue, group, path, arguments);
            if (group.Definition.Subscribe is not { } subscribe)
            {
                // A field without a subscribe resolver streams nothing of its own; graphql-js reports this the same way.
                var value = group.Definition.Resolve is { } resolve ? await resolve(context).ConfigureAwait(false) : DefaultFieldResolver.Resolve(rootValue, group.Definition.Name);
                if (value is IAsyncEnumerable<object?> fromResolver)
                {
                    return (fromResolver, null);
                }

                var notStream = ExecutionErrors.SubscriptionNotAStream(Inspect.Value(value)) with { Path = path.ToList() };
                return (null, notStream.WithLocations(group.Nodes));
            }

            return (await subscribe(context).ConfigureAwait(false), null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var located = ExecutionErrors.FromException(error, executor.Options);
            if (located.Path is null)
            {
                located = located with { Path = path.ToList() };
            }

            if (located.Locations.Count == 0)
            {
                located = located.WithLocations(group.Nodes);
            }

            return (null, located);
        }
    }

    /// <summary>The spec's MapSourceToResponseEvent: each source event executed as the operation's root value.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        IAsyncEnumerable<object?> sourceStream,
        ExecutionRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, request.CancellationToken);
        var shareScope = SharedEventResults.ScopeOf(request);
        await foreach (var sourceEvent in sourceStream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            if (shareScope is not null && sourceEvent is IShareableEvent shareable)
            {
                // One execution for every subscriber of this event; not cancelled when this one goes away.
                var shared = await request.Schema.SharedEvents.GetOrExecuteAsync(
                    shareScope,
                    shareable.ShareKey,
                    async () => await ExecuteEventAsync(request with { CancellationToken = CancellationToken.None }, sourceEvent).ConfigureAwait(false),
                    linked.Token).ConfigureAwait(false);
                if (shared.Errors.Count == 0)
                {
                    yield return shared;
                    continue;
                }
            }

            var result = await ExecuteEventAsync(request, sourceEvent).ConfigureAwait(false);
            yield return result;
            if (!result.HasData)
            {
                // The request itself failed (no operation, bad variables): every later event would fail alike.
                yield break;
            }
        }
    }

    /// <summary>
    /// One event's own execution (fresh errors and DataLoader scope), as each is a separate response; a request error
    /// (no data) when the operation cannot be prepared.
    /// </summary>
    private static async ValueTask<ExecutionResult> ExecuteEventAsync(ExecutionRequest request, object? sourceEvent)
    {
        var eventRequest = request with { Items = new Dictionary<string, object?>(CopyItems(request.Items)) };
        if (!TryPrepare(eventRequest, out var executor, out var errorResult))
        {
            return errorResult;
        }

        return await ExecuteSubscriptionEventAsync(executor, sourceEvent).ConfigureAwait(false);
    }

    private static IEnumerable<KeyValuePair<string, object?>> CopyItems(IDictionary<string, object?>? items) =>
        items is null ? [] : items.Where(p => p.Key != DataLoader.DataLoaderScope.ItemsKey);
}
