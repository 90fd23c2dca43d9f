using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves (graphql-js's source, args, context and info in one).</summary>
public interface IResolveFieldContext
{
    /// <summary>The parent object's value.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values, by argument name; arguments not given and without default are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }

    ObjectType ParentType { get; }

    /// <summary>The field nodes merged into this field (same response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    ResponsePath Path { get; }

    Schema Schema { get; }

    OperationDefinitionNode Operation { get; }

    IReadOnlyDictionary<string, object?> VariableValues { get; }

    /// <summary>Services of the current request (scoped), for resolvers and DataLoaders.</summary>
    IServiceProvider RequestServices { get; }

    /// <summary>Per-request state shared by all resolvers (the GraphQL "context value").</summary>
    IDictionary<string, object?> Items { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>
    /// The caller (<see cref="ExecutionRequest.User"/>): an anonymous principal when none was given, never null. A
    /// resolver parameter of type <see cref="System.Security.Claims.ClaimsPrincipal"/> receives it.
    /// </summary>
    System.Security.Claims.ClaimsPrincipal User => AnonymousCaller.Principal;
}
