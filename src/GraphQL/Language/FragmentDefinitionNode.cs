namespace Headless.GraphQL.Language;

/// <summary><c>fragment Name on Type @directives { selections }</c>.</summary>
public sealed record FragmentDefinitionNode(NameNode Name, NamedTypeNode TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : IExecutableDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public Location? Location { get; init; }

    /// <summary>A description (September 2025 spec; graphql-js 16.12+), or null.</summary>
    public StringValueNode? Description { get; init; }
}
