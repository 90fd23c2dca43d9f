namespace Headless.GraphQL.Language;

/// <summary><c>name: value</c> in a field's or directive's arguments.</summary>
public sealed record ArgumentNode(NameNode Name, IValueNode Value) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
