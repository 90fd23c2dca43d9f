namespace Headless.GraphQL.Language;

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : ITypeSystemDefinitionNode, IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public Location? Location { get; init; }
}
