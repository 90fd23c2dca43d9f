namespace Headless.GraphQL.Language;

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}
