namespace Headless.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanValueNode(bool Value) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
