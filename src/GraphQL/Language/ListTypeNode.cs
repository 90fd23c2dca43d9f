namespace Headless.GraphQL.Language;

/// <summary><c>[Type]</c>.</summary>
public sealed record ListTypeNode(ITypeNode Type) : SyntaxNode, ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}
