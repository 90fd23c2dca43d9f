namespace Headless.GraphQL.Language;

/// <summary>A node of the GraphQL syntax tree (graphql-js <c>ASTNode</c>).</summary>
public interface INode
{
    SyntaxKind Kind { get; }

    /// <summary>Where the node was read from; null when parsed with <see cref="ParserOptions.NoLocation"/> or built in code.</summary>
    Location? Location { get; }
}
