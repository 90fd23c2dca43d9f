namespace Headless.GraphQL.Language;

/// <summary><c>fragment Name on Type @directives { selections }</c>.</summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SyntaxNode, IExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>A description (September 2025 spec; graphql-js 16.12+), or null.</summary>
    public StringValueNode? Description { get; init; }
}
