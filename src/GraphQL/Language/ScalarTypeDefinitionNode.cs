namespace Headless.GraphQL.Language;

/// <summary><c>scalar Name @directives</c>.</summary>
public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : ITypeDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public Location? Location { get; init; }
}
