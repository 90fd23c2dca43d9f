namespace Headless.GraphQL.Language;

/// <summary><c>{ selections }</c>.</summary>
public sealed record SelectionSetNode(IReadOnlyList<ISelectionNode> Selections) : INode
{
    public SyntaxKind Kind => SyntaxKind.SelectionSet;

    public Location? Location { get; init; }
}
