namespace Headless.GraphQL.Language;

/// <summary>A whole GraphQL document.</summary>
public sealed record DocumentNode(IReadOnlyList<IDefinitionNode> Definitions) : INode
{
    public SyntaxKind Kind => SyntaxKind.Document;

    public Location? Location { get; init; }
}
