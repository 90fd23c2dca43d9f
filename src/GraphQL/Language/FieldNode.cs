namespace Headless.GraphQL.Language;

/// <summary><c>alias: name(arguments) @directives { selections }</c>.</summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SyntaxNode, ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;
}
