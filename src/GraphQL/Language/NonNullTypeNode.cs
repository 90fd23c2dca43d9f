namespace Headless.GraphQL.Language;

/// <summary><c>Type!</c>; the inner type is a named or list type, never non-null.</summary>
public sealed record NonNullTypeNode(ITypeNode Type) : SyntaxNode, ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
