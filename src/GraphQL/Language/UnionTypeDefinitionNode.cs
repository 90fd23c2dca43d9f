namespace Headless.GraphQL.Language;

/// <summary><c>union Name @directives = A | B</c>.</summary>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : SyntaxNode, ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}
