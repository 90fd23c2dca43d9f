namespace Headless.GraphQL.Language;

/// <summary><c>null</c>.</summary>
public sealed record NullValueNode() : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
