namespace Headless.GraphQL.Language;

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : SyntaxNode, ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}
