using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>The one object a resolver receives; the shared parts live in <see cref="OperationExecutor"/>.</summary>
internal sealed class ResolveFieldContext(OperationExecutor operation, ObjectType parentType, object? source, FieldGroup group, ResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    : IResolveFieldContext
{
    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public FieldDefinition FieldDefinition => group.Definition!;

    public ObjectType ParentType { get; } = parentType;

    public IReadOnlyList<FieldNode> FieldNodes => group.Nodes;

    public ResponsePath Path { get; } = path;

    public Schema Schema => operation.Schema;

    public OperationDefinitionNode Operation => operation.Operation;

    public IReadOnlyDictionary<string, object?> VariableValues => operation.Variables;

    public IServiceProvider RequestServices => operation.Services;

    public IDictionary<string, object?> Items => operation.Items;

    public System.Security.Claims.ClaimsPrincipal User => operation.User ?? AnonymousCaller.Principal;

    public CancellationToken CancellationToken => operation.CancellationToken;
}
