namespace Headless.GraphQL.Language;

/// <summary><c>extend schema @directives { operation types }</c>.</summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : ITypeSystemExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public Location? Location { get; init; }
}
