namespace Headless.GraphQL.Language;

/// <summary><c>alias: name(arguments) @directives { selections }</c>.</summary>
public sealed record FieldNode(NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : ISelectionNode
{
    public SyntaxKind Kind => SyntaxKind.Field;

    public Location? Location { get; init; }
}
