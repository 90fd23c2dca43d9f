namespace Headless.GraphQL.Language;

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : INode
{
    public SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public Location? Location { get; init; }
}
