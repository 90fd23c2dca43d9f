namespace Headless.GraphQL.Language;

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
