namespace Headless.GraphQL.Language;

/// <summary><c>... on Type @directives { selections }</c>; the type condition is optional.</summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SyntaxNode, ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}
