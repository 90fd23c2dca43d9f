namespace Headless.GraphQL.Language;

/// <summary><c>{ name: value }</c>.</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
