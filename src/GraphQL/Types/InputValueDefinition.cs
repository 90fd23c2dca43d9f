using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, IGraphQLType type)
    {
        if (type is not IInputType)
        {
            throw new ArgumentException($"The type of \"{name}\" must be an input type, but {type} is not.", nameof(type));
        }

        Name = name;
        Type = type;
    }

    public string Name { get; }

    public IGraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The default as written in SDL; null when there is none.</summary>
    public IValueNode? DefaultValueLiteral { get; init; }

    public bool HasDefaultValue => DefaultValueLiteral is not null;

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public InputValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => $"{Name}: {Type}";
}
