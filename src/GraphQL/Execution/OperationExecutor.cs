using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>
/// One execution of one operation: the spec's ExecuteSelectionSet, ExecuteField, CompleteValue and their helpers.
/// Synchronous resolvers stay on a synchronous path (no task allocated); asynchronous ones are all started before
/// any is awaited, so independent fields run concurrently and DataLoaders see every sibling's key.
/// Awaits keep the captured context on purpose (<c>ConfigureAwait(true)</c>): the operation runs under the DataLoader
/// scope's dispatch context, where continuations then run inline and counted. With <c>false</c> the runtime would not
/// inline them under a context but queue them to the pool, outside the count that decides when a batch is sent.
/// </summary>
internal sealed class OperationExecutor
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> TaskResultReaders = new();
    private readonly List<GraphQLError> _errors = [];
    private readonly Func<ObjectType, FieldGroup, SelectionPlan> _collectSubfields;

    public OperationExecutor(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionRequest request)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Options = request.Options;
        Services = request.RequestServices ?? EmptyServices.Instance;
        Items = request.Items ?? new Dictionary<string, object?>();
        CancellationToken = request.CancellationToken;
        lock (Items)
        {
            if (Items.TryGetValue(DataLoaderScope.ItemsKey, out var existing) && existing is DataLoaderScope scope)
            {
                Loaders = scope;
            }
            else
            {
                Loaders = new DataLoaderScope();
                Items[DataLoaderScope.ItemsKey] = Loaders;
            }
        }

        _collectSubfields = CollectSubfields;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionOptions Options { get; }

    public IServiceProvider Services { get; }

    public IDictionary<string, object?> Items { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope Loaders { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    public SelectionPlan CollectFields(ObjectType objectType, SelectionSetNode selectionSet) =>
        FieldCollector.CollectFields(Schema, Fragments, Variables, objectType, [selectionSet]);

    /// <summary>The spec's CollectSubfields: the merged selection sets of a field group for one runtime type.</summary>
    private SelectionPlan CollectSubfields(ObjectType objectType, FieldGroup group) =>
        FieldCollector.CollectFields(Schema, Fragments, Variables, objectType, group.Nodes.Where(n => n.SelectionSet is not null).Select(n => n.SelectionSet!));

    /// <summary>The spec's ExecuteSelectionSet in normal (parallel) order: every field started before any is awaited.</summary>
    public ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = ExecuteField(plan.Type, source, fields[i], new ResponsePath(path, fields[i].ResponseKey));
            if (field.IsCompletedSuccessfully)
            {
                values[i] = field.Result;
            }
            else
            {
                (pending ??= []).Add((i, field));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(new ResultMap(plan.Keys, values));
        }

        return AwaitFields(plan, values, pending);
    }

    private static async ValueTask<object?> AwaitFields(SelectionPlan plan, object?[] values, List<(int Index, ValueTask<object?> Task)> pending)
    {
        Exception? first = null;
        foreach (var (index, task) in pending)
        {
            try
            {
                values[index] = await task.ConfigureAwait(true);
            }
            catch (Exception error) when (first is null)
            {
                // A non-null field failed: this object becomes null, but siblings already started still finish.
                first = error;
            }
            catch (Exception)
            {
                // Only the first error propagates, as with graphql-js's Promise.all.
            }
        }

        if (first is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return new ResultMap(plan.Keys, values);
    }

    /// <summary>The spec's ExecuteSelectionSet in serial order (mutation root fields): each field completes before the next starts.</summary>
    public async ValueTask<object?> ExecuteSelectionSetSerially(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            values[i] = await ExecuteField(plan.Type, source, fields[i], new ResponsePath(path, fields[i].ResponseKey)).ConfigureAwait(true);
        }

        return new ResultMap(plan.Keys, values);
    }

    /// <summary>The spec's ExecuteField: coerce arguments, resolve, complete; errors become field errors here.</summary>
    public ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldGroup field, ResponsePath path)
    {
        var definition = field.Definition;
        if (definition is null)
        {
            return new ValueTask<object?>(parentType.Name);
        }

        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            var arguments = field.GetArguments(Variables);
            var resolving = ResolveFieldValue(parentType, source, field, path, arguments);
            if (!resolving.IsCompletedSuccessfully)
            {
                return ResolveThenCompleteAsync(resolving, parentType, field, path);
            }

            var completing = CompleteValue(definition.Type, parentType, field, path, resolving.Result);
            if (completing.IsCompletedSuccessfully)
            {
                return completing;
            }

            return AwaitCompletedAsync(completing, definition.Type, field, path);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return new ValueTask<object?>(HandleFieldError(error, definition.Type, field, path));
        }
    }

    /// <summary>The spec's ResolveFieldValue: the bound resolver, or the default one reading the parent value.</summary>
    private ValueTask<object?> ResolveFieldValue(ObjectType parentType, object? source, FieldGroup field, ResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    {
        var resolver = field.Definition!.Resolve;
        if (resolver is null)
        {
            return new ValueTask<object?>(DefaultFieldResolver.Resolve(source, field.Definition.Name));
        }

        return resolver(new ResolveFieldContext(this, parentType, source, field, path, arguments));
    }

    private async ValueTask<object?> ResolveThenCompleteAsync(ValueTask<object?> resolving, ObjectType parentType, FieldGroup field, ResponsePath path)
    {
        var returnType = field.Definition!.Type;
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(true);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, path);
        }

        ValueTask<object?> completing;
        try
        {
            completing = CompleteValue(returnType, parentType, field, path, resolved);
            if (completing.IsCompletedSuccessfully)
            {
                return completing.Result;
            }
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, path);
        }

        return await AwaitCompletedAsync(completing, returnType, field, path).ConfigureAwait(true);
    }

    private async ValueTask<object?> AwaitCompletedAsync(ValueTask<object?> completing, IGraphQLType returnType, FieldGroup field, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(true);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, path);
        }
    }

    private bool IsCancellation(Exception error) => error is OperationCanceledException && CancellationToken.IsCancellationRequested;

    /// <summary>
    /// Spec "Handling Field Errors": locate the error at this path, then either propagate it (non-null position)
    /// or record it and answer null.
    /// </summary>
    private object? HandleFieldError(Exception exception, IGraphQLType returnType, FieldGroup field, ResponsePath path)
    {
        var error = ExecutionErrors.FromException(exception, Options.IncludeExceptionDetails);
        if (error.Path is null)
        {
            error = error with { Path = path.ToList() };
            if (error.Locations.Count == 0)
            {
                error = error.WithLocations(field.Nodes);
            }
        }

        if (returnType is NonNullType)
        {
            throw exception is FieldErrorException { Error: var same } && ReferenceEquals(same, error) ? exception : new FieldErrorException(error);
        }

        AddError(error);
        return null;
    }

    /// <summary>The spec's CompleteValue: non-null, null, list, leaf, abstract, object — in that order.</summary>
    private ValueTask<object?> CompleteValue(IGraphQLType returnType, ObjectType parentType, FieldGroup field, ResponsePath path, object? result)
    {
        if (result is Task task)
        {
            return AwaitTaskThenCompleteAsync(task, returnType, parentType, field, path);
        }

        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, parentType, field, path, result);
            if (completed.IsCompletedSuccessfully)
            {
                return completed.Result is null ? throw ExecutionErrors.NullForNonNullField(parentType, field.FieldName) : completed;
            }

            return EnsureNotNullAsync(completed, parentType, field);
        }

        if (result is null || result is DBNull || (result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }))
        {
            return new ValueTask<object?>((object?)null);
        }

        return returnType switch
        {
            ListType list => CompleteListValue(list.OfType, parentType, field, path, result),
            ILeafType leaf => new ValueTask<object?>(CompleteLeafValue(leaf, result)),
            IAbstractType abstractType => CompleteObjectValue(ResolveAbstractType(abstractType, parentType, field, result), field, path, result),
            ObjectType objectType => CompleteObjectValue(objectType, field, path, result),
            _ => throw new InvalidOperationException($"Cannot complete a value of type {returnType}."),
        };
    }

    private async ValueTask<object?> AwaitTaskThenCompleteAsync(Task task, IGraphQLType returnType, ObjectType parentType, FieldGroup field, ResponsePath path)
    {
        await task.ConfigureAwait(true);
        var value = TaskResultReaders.GetOrAdd(task.GetType(), CreateTaskResultReader)(task);
        return await CompleteValue(returnType, parentType, field, path, value).ConfigureAwait(true);
    }

    private static Func<Task, object?> CreateTaskResultReader(Type taskType)
    {
        for (var type = taskType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                var property = type.GetProperty(nameof(Task<object>.Result))!;
                return task => property.GetValue(task);
            }
        }

        return static _ => null;
    }

    private static async ValueTask<object?> EnsureNotNullAsync(ValueTask<object?> completing, ObjectType parentType, FieldGroup field) =>
        await completing.ConfigureAwait(true) ?? throw ExecutionErrors.NullForNonNullField(parentType, field.FieldName);

    private ValueTask<object?> CompleteListValue(IGraphQLType itemType, ObjectType parentType, FieldGroup field, ResponsePath path, object result)
    {
        if (result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?> || result is not IEnumerable items)
        {
            throw ExecutionErrors.NotIterable(parentType, field.FieldName);
        }

        var values = result is ICollection collection ? new List<object?>(collection.Count) : [];
        List<(int Index, ResponsePath Path, ValueTask<object?> Task)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index);
            object? completedItem;
            try
            {
                var completing = CompleteValue(itemType, parentType, field, itemPath, item);
                if (completing.IsCompletedSuccessfully)
                {
                    completedItem = completing.Result;
                }
                else
                {
                    (pending ??= []).Add((index, itemPath, completing));
                    completedItem = null;
                }
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                completedItem = HandleFieldError(error, itemType, field, itemPath);
            }

            values.Add(completedItem);
            index++;
        }

        if (pending is null)
        {
            return new ValueTask<object?>(values);
        }

        return AwaitItemsAsync(values, pending, itemType, field);
    }

    private async ValueTask<object?> AwaitItemsAsync(List<object?> values, List<(int Index, ResponsePath Path, ValueTask<object?> Task)> pending, IGraphQLType itemType, FieldGroup field)
    {
        Exception? first = null;
        foreach (var (index, itemPath, task) in pending)
        {
            try
            {
                values[index] = await task.ConfigureAwait(true);
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                try
                {
                    values[index] = HandleFieldError(error, itemType, field, itemPath);
                }
                catch (Exception propagated) when (first is null)
                {
                    first = propagated;
                }
                catch (Exception)
                {
                    // Only the first error propagates.
                }
            }
        }

        if (first is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return values;
    }

    private static object CompleteLeafValue(ILeafType returnType, object result)
    {
        if (result is JsonElement element)
        {
            result = ExternalValue.FromJson(element)!;
        }

        return returnType.Serialize(result) ?? throw ExecutionErrors.SerializedToNull(returnType, result, null);
    }

    private ValueTask<object?> CompleteObjectValue(ObjectType objectType, FieldGroup field, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw ExecutionErrors.NotOfType(objectType, result, field.Nodes);
        }

        var plan = field.GetSubPlan(objectType, _collectSubfields);
        return ExecuteSelectionSet(plan, result, path);
    }

    /// <summary>
    /// The spec's ResolveAbstractType: the type's ResolveType, then each possible type's IsTypeOf, then a possible
    /// type whose ClrType the value is, then a <c>__typename</c> key or property naming the type.
    /// </summary>
    private ObjectType ResolveAbstractType(IAbstractType returnType, ObjectType parentType, FieldGroup field, object result)
    {
        var possibleTypes = Schema.GetPossibleTypes(returnType);
        ObjectType? runtimeType = null;
        if (returnType.ResolveType is { } resolveType)
        {
            runtimeType = resolveType(result, Schema);
        }

        if (runtimeType is null)
        {
            foreach (var candidate in possibleTypes)
            {
                if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(result))
                {
                    runtimeType = candidate;
                    break;
                }
            }
        }

        if (runtimeType is null)
        {
            var clrType = result.GetType();
            foreach (var candidate in possibleTypes)
            {
                if (candidate.ClrType is { } bound && bound.IsAssignableFrom(clrType))
                {
                    runtimeType = candidate;
                    break;
                }
            }
        }

        if (runtimeType is null)
        {
            var typeName = DefaultFieldResolver.Resolve(result, "__typename") switch
            {
                string text => text,
                JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
                _ => null,
            };
            if (typeName is null)
            {
                throw ExecutionErrors.AbstractTypeUnresolved(returnType, parentType, field.FieldName, field.Nodes);
            }

            runtimeType = Schema.GetType(typeName) switch
            {
                ObjectType named => named,
                null => throw ExecutionErrors.AbstractTypeNameUnknown(returnType, typeName, field.Nodes),
                _ => throw ExecutionErrors.AbstractTypeNotObject(returnType, typeName, field.Nodes),
            };
        }

        if (!Schema.IsSubType(returnType, runtimeType))
        {
            throw ExecutionErrors.NotPossibleType(runtimeType, returnType, field.Nodes);
        }

        return runtimeType;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
