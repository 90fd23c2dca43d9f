namespace Headless.GraphQL.Language;

/// <summary>A reference to a type by name.</summary>
public sealed record NamedTypeNode(NameNode Name) : SyntaxNode, ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}
