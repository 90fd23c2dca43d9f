namespace Headless.GraphQL.Language;

/// <summary><c>extend schema @directives { operation types }</c>.</summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : SyntaxNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}
