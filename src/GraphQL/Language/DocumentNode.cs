namespace Headless.GraphQL.Language;

/// <summary>A whole GraphQL document.</summary>
public sealed record DocumentNode(IReadOnlyList<IDefinitionNode> Definitions) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}
