namespace Headless.GraphQL.Language;

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed record UnionTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public Location? Location { get; init; }
}
