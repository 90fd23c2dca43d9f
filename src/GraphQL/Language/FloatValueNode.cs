namespace Headless.GraphQL.Language;

/// <summary>A float literal, kept as written.</summary>
public sealed record FloatValueNode(string Value) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
