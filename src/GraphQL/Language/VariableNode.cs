namespace Headless.GraphQL.Language;

/// <summary><c>$name</c>.</summary>
public sealed record VariableNode(NameNode Name) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
