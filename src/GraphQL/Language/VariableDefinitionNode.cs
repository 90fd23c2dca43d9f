namespace Headless.GraphQL.Language;

/// <summary><c>$name: Type = default @directives</c> in an operation's variable list.</summary>
public sealed record VariableDefinitionNode(VariableNode Variable, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>A description (September 2025 spec; graphql-js 16.12+), or null.</summary>
    public StringValueNode? Description { get; init; }
}
