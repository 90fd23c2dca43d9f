namespace Headless.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
public sealed record VariableDefinitionNode(VariableNode Variable, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public Location? Location { get; init; }

    /// <summary>A description (September 2025 spec; graphql-js 16.12+), or null.</summary>
    public StringValueNode? Description { get; init; }
}
