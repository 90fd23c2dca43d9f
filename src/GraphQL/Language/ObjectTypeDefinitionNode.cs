namespace Headless.GraphQL.Language;

/// <summary><c>type Name implements A &amp; B @directives { fields }</c>.</summary>
public sealed record ObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : ITypeDefinitionNode
{
    public SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public Location? Location { get; init; }
}
