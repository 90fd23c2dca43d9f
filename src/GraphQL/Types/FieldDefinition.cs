using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>A field of an object or interface type, with the resolver bound to it.</summary>
public sealed class FieldDefinition(string name, IGraphQLType type)
{
    public string Name { get; } = name;

    /// <summary>The result type; always an <see cref="IOutputType"/> once the schema is validated.</summary>
    public IGraphQLType Type { get; } = type;

    public string? Description { get; init; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Bound when the schema is built; null only on interface fields.</summary>
    public FieldResolver? Resolve { get; set; }

    /// <summary>Bound only on subscription root fields.</summary>
    public SubscriptionResolver? Subscribe { get; set; }

    /// <summary>
    /// Who may read this field of its object type (its own and its type's <c>@authenticated</c>, <c>@requires</c>,
    /// <c>@allowAnonymous</c>), set when the schema is built; null when nothing is declared. Checked by the executor
    /// before the resolver runs.
    /// </summary>
    public Authorization.FieldAccessRule? Access { get; internal set; }

    public InputValueDefinition? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }

    public override string ToString() => $"{Name}: {Type}";
}
