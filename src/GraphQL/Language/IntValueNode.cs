namespace Headless.GraphQL.Language;

/// <summary>An integer literal, kept as written so that no precision is lost before coercion.</summary>
public sealed record IntValueNode(string Value) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
