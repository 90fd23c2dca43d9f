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

    // List indices as path keys, boxed once: every list item needs one, but only errors and objects keep it.
    private static readonly object[] BoxedIndices = [.. Enumerable.Range(0, 1024).Select(static i => (object)i)];
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
        User = request.User;
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

    /// <summary>The caller the fields' access rules are checked against; null when anonymous.</summary>
    public System.Security.Claims.ClaimsPrincipal? User { get; }

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
            var field = ExecuteField(plan.Type, source, fields[i], path);
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
            return new ValueTask<object?>(new ResultMap(plan, values));
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

        return new ResultMap(plan, values);
    }

    /// <summary>The spec's ExecuteSelectionSet in serial order (mutation root fields): each field completes before the next starts.</summary>
    public async ValueTask<object?> ExecuteSelectionSetSerially(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            values[i] = await ExecuteField(plan.Type, source, fields[i], path).ConfigureAwait(true);
        }

        return new ResultMap(plan, values);
    }

    /// <summary>
    /// The spec's ExecuteField: coerce arguments, resolve, complete; errors become field errors here. The field's
    /// own path (<paramref name="parentPath"/> + response key) is only built when something needs it: a resolver's
    /// context, an object or list below it, or an error.
    /// </summary>
    public ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldGroup field, ResponsePath? parentPath)
    {
        var definition = field.Definition;
        if (definition is null)
        {
            return new ValueTask<object?>(parentType.Name);
        }

        var key = field.ResponseKey;
        if (definition.Access is { } access && RefuseAccess(access, parentType, definition) is { } refused)
        {
            // Refused before the resolver: the field is null (or its null propagates), as for any field error.
            return new ValueTask<object?>(HandleFieldError(refused, definition.Type, field, parentPath, key));
        }

        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            var resolving = ResolveFieldValue(parentType, source, field, parentPath);
            if (!resolving.IsCompletedSuccessfully)
            {
                return ResolveThenCompleteAsync(resolving, parentType, field, parentPath);
            }

            var completing = CompleteValue(definition.Type, parentType, field, parentPath, key, resolving.Result);
            if (completing.IsCompletedSuccessfully)
            {
                return completing;
            }

            return AwaitCompletedAsync(completing, definition.Type, field, parentPath, key);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return new ValueTask<object?>(HandleFieldError(error, definition.Type, field, parentPath, key));
        }
    }

    /// <summary>The error refusing this caller the field, or null when the field's rule lets them read it.</summary>
    public Exception? RefuseAccess(Authorization.FieldAccessRule access, ObjectType parentType, FieldDefinition definition)
    {
        if (access.Check(User, Options.PermissionClaimType) is not { } refusal)
        {
            return null;
        }

        Options.OnAccessRefused?.Invoke(new Authorization.AccessRefusedEvent(parentType, definition, refusal, Operation.Operation, User, Items));
        return ExecutionErrors.AccessRefused(refusal, parentType, definition.Name);
    }

    /// <summary>
    /// The spec's ResolveFieldValue: the bound resolver, or the default one reading the parent value. The default
    /// resolver of a field is called directly, without the context it would ignore.
    /// </summary>
    private ValueTask<object?> ResolveFieldValue(ObjectType parentType, object? source, FieldGroup field, ResponsePath? parentPath)
    {
        var definition = field.Definition!;
        var resolver = definition.Resolve;
        if (resolver is null)
        {
            field.GetArguments(Variables);
            return new ValueTask<object?>(DefaultFieldResolver.Resolve(source, definition.Name));
        }

        // Coerced even when the default resolver ignores them: a coercion error is still this field's error.
        var arguments = field.GetArguments(Variables);
        if (resolver.Target is DefaultFieldResolver.CallSite site)
        {
            return new ValueTask<object?>(site.Resolve(source));
        }

        return resolver(new ResolveFieldContext(this, parentType, source, field, new ResponsePath(parentPath, field.ResponseKey), arguments));
    }

    private async ValueTask<object?> ResolveThenCompleteAsync(ValueTask<object?> resolving, ObjectType parentType, FieldGroup field, ResponsePath? parentPath)
    {
        var returnType = field.Definition!.Type;
        var key = field.ResponseKey;
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(true);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, parentPath, key);
        }

        ValueTask<object?> completing;
        try
        {
            completing = CompleteValue(returnType, parentType, field, parentPath, key, resolved);
            if (completing.IsCompletedSuccessfully)
            {
                return completing.Result;
            }
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, parentPath, key);
        }

        return await AwaitCompletedAsync(completing, returnType, field, parentPath, key).ConfigureAwait(true);
    }

    private async ValueTask<object?> AwaitCompletedAsync(ValueTask<object?> completing, IGraphQLType returnType, FieldGroup field, ResponsePath? parentPath, object key)
    {
        try
        {
            return await completing.ConfigureAwait(true);
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, returnType, field, parentPath, key);
        }
    }

    private bool IsCancellation(Exception error) => error is OperationCanceledException && CancellationToken.IsCancellationRequested;

    /// <summary>
    /// Spec "Handling Field Errors": locate the error at this path, then either propagate it (non-null position)
    /// or record it and answer null.
    /// </summary>
    private object? HandleFieldError(Exception exception, IGraphQLType returnType, FieldGroup field, ResponsePath? parentPath, object key)
    {
        var error = ExecutionErrors.FromException(exception, Options);
        if (error.Path is null)
        {
            error = error with { Path = new ResponsePath(parentPath, key).ToList() };
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

    /// <summary>
    /// The spec's CompleteValue: non-null, null, list, leaf, abstract, object — in that order. The value's path is
    /// <paramref name="parentPath"/> + <paramref name="key"/> (a response key or a boxed list index).
    /// </summary>
    private ValueTask<object?> CompleteValue(IGraphQLType returnType, ObjectType parentType, FieldGroup field, ResponsePath? parentPath, object key, object? result)
    {
        if (result is Task task)
        {
            return AwaitTaskThenCompleteAsync(task, returnType, parentType, field, parentPath, key);
        }

        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, parentType, field, parentPath, key, result);
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
            ScalarType scalar => new ValueTask<object?>(CompleteLeafValue(scalar, result)),
            ObjectType objectType => CompleteObjectValue(objectType, field, new ResponsePath(parentPath, key), result),
            ListType list => CompleteListValue(list.OfType, parentType, field, new ResponsePath(parentPath, key), result),
            ILeafType leaf => new ValueTask<object?>(CompleteLeafValue(leaf, result)),
            IAbstractType abstractType => CompleteObjectValue(ResolveAbstractType(abstractType, parentType, field, result), field, new ResponsePath(parentPath, key), result),
            _ => throw new InvalidOperationException($"Cannot complete a value of type {returnType}."),
        };
    }

    private async ValueTask<object?> AwaitTaskThenCompleteAsync(Task task, IGraphQLType returnType, ObjectType parentType, FieldGroup field, ResponsePath? parentPath, object key)
    {
        await task.ConfigureAwait(true);
        var value = TaskResultReaders.GetOrAdd(task.GetType(), CreateTaskResultReader)(task);
        return await CompleteValue(returnType, parentType, field, parentPath, key, value).ConfigureAwait(true);
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

    private static object IndexKey(int index) => index < BoxedIndices.Length ? BoxedIndices[index] : index;

    private ValueTask<object?> CompleteListValue(IGraphQLType itemType, ObjectType parentType, FieldGroup field, ResponsePath path, object result)
    {
        if (result is string || result is IDictionary || result is IReadOnlyDictionary<string, object?> || result is not IEnumerable items)
        {
            throw ExecutionErrors.NotIterable(parentType, field.FieldName);
        }

        List<object?> values;
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        if (result is IList list)
        {
            // Indexed lists (arrays, List<T>, collection expressions) need no enumerator.
            var count = list.Count;
            values = new List<object?>(count);
            for (var index = 0; index < count; index++)
            {
                values.Add(CompleteListItem(itemType, parentType, field, path, index, list[index], ref pending));
            }
        }
        else
        {
            values = result is ICollection collection ? new List<object?>(collection.Count) : [];
            var index = 0;
            foreach (var item in items)
            {
                values.Add(CompleteListItem(itemType, parentType, field, path, index, item, ref pending));
                index++;
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(values);
        }

        return AwaitItemsAsync(values, pending, itemType, field, path);
    }

    private object? CompleteListItem(IGraphQLType itemType, ObjectType parentType, FieldGroup field, ResponsePath path, int index, object? item, ref List<(int Index, ValueTask<object?> Task)>? pending)
    {
        try
        {
            var completing = CompleteValue(itemType, parentType, field, path, IndexKey(index), item);
            if (completing.IsCompletedSuccessfully)
            {
                return completing.Result;
            }

            (pending ??= []).Add((index, completing));
            return null;
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return HandleFieldError(error, itemType, field, path, IndexKey(index));
        }
    }

    private async ValueTask<object?> AwaitItemsAsync(List<object?> values, List<(int Index, ValueTask<object?> Task)> pending, IGraphQLType itemType, FieldGroup field, ResponsePath path)
    {
        Exception? first = null;
        foreach (var (index, task) in pending)
        {
            try
            {
                values[index] = await task.ConfigureAwait(true);
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                try
                {
                    values[index] = HandleFieldError(error, itemType, field, path, IndexKey(index));
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
        // Built-in scalars handed a value already in result form (the usual case) would return it unchanged, only
        // boxed again: skip the coercion.
        if (ReferenceEquals(returnType, BuiltInScalars.String) || ReferenceEquals(returnType, BuiltInScalars.ID))
        {
            if (result is string)
            {
                return result;
            }
        }
        else if (ReferenceEquals(returnType, BuiltInScalars.Int))
        {
            if (result is int)
            {
                return result;
            }
        }
        else if (ReferenceEquals(returnType, BuiltInScalars.Float))
        {
            if (result is double number && double.IsFinite(number))
            {
                return result;
            }
        }
        else if (ReferenceEquals(returnType, BuiltInScalars.Boolean) && result is bool)
        {
            return result;
        }

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
