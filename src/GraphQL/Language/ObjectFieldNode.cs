namespace Headless.GraphQL.Language;

/// <summary>One <c>name: value</c> of an object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, IValueNode Value) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
