namespace Headless.GraphQL.Language;

/// <summary><c>...FragmentName @directives</c>.</summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}
