namespace Headless.GraphQL.Language;

/// <summary>A string literal; <see cref="Value"/> is the decoded (for block strings: dedented) value.</summary>
public sealed record StringValueNode(string Value, bool Block) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
