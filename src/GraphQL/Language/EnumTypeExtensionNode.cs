namespace Headless.GraphQL.Language;

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed record EnumTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : SyntaxNode, ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}
