namespace Headless.GraphQL.Language;

/// <summary><c>input Name @directives { fields }</c>.</summary>
public sealed record InputObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : ITypeDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public Location? Location { get; init; }
}
