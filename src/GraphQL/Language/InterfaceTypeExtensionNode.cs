namespace Headless.GraphQL.Language;

/// <summary><c>extend interface Name implements A @directives { fields }</c>.</summary>
public sealed record InterfaceTypeExtensionNode(NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : SyntaxNode, ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}
