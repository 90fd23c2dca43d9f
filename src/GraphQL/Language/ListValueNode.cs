namespace Headless.GraphQL.Language;

/// <summary><c>[values]</c>.</summary>
public sealed record ListValueNode(IReadOnlyList<IValueNode> Values) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
