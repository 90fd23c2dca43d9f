namespace Headless.GraphQL.Language;

/// <summary>A name: an identifier of a field, type, argument, variable, directive or fragment.</summary>
public sealed record NameNode(string Value) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.Name;
}
