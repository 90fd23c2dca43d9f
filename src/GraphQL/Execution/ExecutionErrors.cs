using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>Every error the executor reports, in one place, with graphql-js's messages and our <c>extensions.code</c>.</summary>
internal static class ExecutionErrors
{
    public const string UnexpectedErrorMessage = "Unexpected error.";

    public static GraphQLError At(GraphQLError error, INode node) => error.WithLocations([node]);

    public static FieldErrorException Raise(string message, INode node, string code = ErrorCodes.BadUserInput) =>
        new(At(new GraphQLError(message, code), node));

    public static GraphQLError MultipleOperationsWithoutName() =>
        new("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationResolutionFailure);

    public static GraphQLError UnknownOperation(string name) =>
        new($"Unknown operation named \"{name}\".", ErrorCodes.OperationResolutionFailure);

    public static GraphQLError NoOperation() => new("Must provide an operation.", ErrorCodes.OperationResolutionFailure);

    public static GraphQLError OperationNotSupported(OperationDefinitionNode operation) =>
        At(new GraphQLError($"Schema is not configured to execute {OperationName(operation.Operation)} operation.", ErrorCodes.OperationResolutionFailure), operation);

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    public static Exception AccessRefused(Authorization.AccessRefusal refusal, ObjectType parentType, string fieldName) =>
        new FieldErrorException(refusal.Reason == Authorization.AccessRefusalReason.Unauthenticated
            ? new GraphQLError($"Field \"{parentType.Name}.{fieldName}\" requires an authenticated caller.", ErrorCodes.Unauthenticated)
            : new GraphQLError($"Field \"{parentType.Name}.{fieldName}\" requires the permission \"{refusal.MissingPermission}\".", ErrorCodes.Forbidden));

    public static Exception NullForNonNullField(ObjectType parentType, string fieldName) =>
        new FieldErrorException(new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{fieldName}.", ErrorCodes.InvalidResult));

    public static Exception NotIterable(ObjectType parentType, string fieldName) =>
        new FieldErrorException(new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{fieldName}\".", ErrorCodes.InvalidResult));

    public static Exception SerializedToNull(ILeafType type, object? value, object? serialized) =>
        new FieldErrorException(new GraphQLError(
            $"Expected `{type.Name}.serialize({Inspect.Value(value)})` to return non-nullable value, returned: {Inspect.Value(serialized)}",
            ErrorCodes.InvalidResult));

    public static Exception AbstractTypeUnresolved(IAbstractType returnType, ObjectType parentType, string fieldName, IReadOnlyList<FieldNode> nodes) =>
        new FieldErrorException(new GraphQLError(
            $"Abstract type \"{returnType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{fieldName}\". Either the \"{returnType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            ErrorCodes.InvalidResult).WithLocations(nodes));

    public static Exception AbstractTypeNameUnknown(IAbstractType returnType, string typeName, IReadOnlyList<FieldNode> nodes) =>
        new FieldErrorException(new GraphQLError(
            $"Abstract type \"{returnType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.",
            ErrorCodes.InvalidResult).WithLocations(nodes));

    public static Exception AbstractTypeNotObject(IAbstractType returnType, string typeName, IReadOnlyList<FieldNode> nodes) =>
        new FieldErrorException(new GraphQLError(
            $"Abstract type \"{returnType.Name}\" was resolved to a non-object type \"{typeName}\".",
            ErrorCodes.InvalidResult).WithLocations(nodes));

    public static Exception NotPossibleType(ObjectType runtimeType, IAbstractType returnType, IReadOnlyList<FieldNode> nodes) =>
        new FieldErrorException(new GraphQLError(
            $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{returnType.Name}\".",
            ErrorCodes.InvalidResult).WithLocations(nodes));

    public static Exception NotOfType(ObjectType returnType, object value, IReadOnlyList<FieldNode> nodes) =>
        new FieldErrorException(new GraphQLError(
            $"Expected value of type \"{returnType.Name}\" but got: {Inspect.Value(value)}.",
            ErrorCodes.InvalidResult).WithLocations(nodes));

    public static GraphQLError SubscriptionFieldNotDefined(string fieldName, IReadOnlyList<FieldNode> nodes) =>
        new GraphQLError($"The subscription field \"{fieldName}\" is not defined.", ErrorCodes.ValidationFailed).WithLocations(nodes);

    public static GraphQLError SubscriptionNotAStream(string fieldName) =>
        new($"Subscription field must return Async Iterable. Received: {fieldName}.", ErrorCodes.InternalServerError);

    /// <summary>
    /// Turns whatever a resolver (or our own checks) threw into the error the client sees: our own errors and
    /// <see cref="GraphQLException"/> as they are, anything else as "Unexpected error." unless details are on.
    /// </summary>
    public static GraphQLError FromException(Exception exception, ExecutionOptions options)
    {
        switch (exception)
        {
            case FieldErrorException field:
                return field.Error;
            case GraphQLException graphQL:
                var error = new GraphQLError(graphQL.Message, graphQL.Code) { OriginalException = graphQL };
                if (graphQL.Extensions is not null)
                {
                    foreach (var (key, value) in graphQL.Extensions)
                    {
                        error = error.WithExtension(key, value);
                    }
                }

                return error;
            case ValueCoercionException coercion:
                return new GraphQLError(coercion.Message, ErrorCodes.InvalidResult) { OriginalException = coercion };
            case AggregateException { InnerExceptions.Count: 1 } aggregate:
                return FromException(aggregate.InnerExceptions[0], options);
        }

        if (options.ClassifyException?.Invoke(exception) is var (message, code))
        {
            return new GraphQLError(message, code) { OriginalException = exception };
        }

        if (options.IncludeExceptionDetails)
        {
            return new GraphQLError(exception.Message, ErrorCodes.InternalServerError) { OriginalException = exception }
                .WithExtension("exception", exception.GetType().FullName);
        }

        return new GraphQLError(UnexpectedErrorMessage, ErrorCodes.InternalServerError) { OriginalException = exception };
    }
}
