namespace Headless.GraphQL.Language;

/// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>, or the <c>{ ... }</c> query shorthand.</summary>
public sealed record OperationDefinitionNode(OperationType Operation, NameNode? Name, IReadOnlyList<VariableDefinitionNode> VariableDefinitions, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : IExecutableDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public Location? Location { get; init; }

    /// <summary>A description (September 2025 spec; graphql-js 16.12+), or null.</summary>
    public StringValueNode? Description { get; init; }
}
