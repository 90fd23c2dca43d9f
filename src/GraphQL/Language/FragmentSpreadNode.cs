namespace Headless.GraphQL.Language;

/// <summary><c>...FragmentName @directives</c>.</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : ISelectionNode
{
    public SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public Location? Location { get; init; }
}
