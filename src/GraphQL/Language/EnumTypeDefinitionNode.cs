namespace Headless.GraphQL.Language;

/// <summary><c>enum Name @directives { VALUES }</c>.</summary>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : ITypeDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public Location? Location { get; init; }
}
