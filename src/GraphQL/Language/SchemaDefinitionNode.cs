namespace Headless.GraphQL.Language;

/// <summary><c>schema @directives { query: Query ... }</c>.</summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : SyntaxNode, ITypeSystemDefinitionNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}
