namespace Headless.GraphQL.Language;

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public Location? Location { get; init; }
}
