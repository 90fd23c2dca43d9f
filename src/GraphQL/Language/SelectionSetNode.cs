namespace Headless.GraphQL.Language;

/// <summary><c>{ selections }</c>.</summary>
public sealed record SelectionSetNode(IReadOnlyList<ISelectionNode> Selections) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}
