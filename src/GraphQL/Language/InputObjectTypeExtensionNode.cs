namespace Headless.GraphQL.Language;

/// <summary><c>extend input Name @directives { fields }</c>.</summary>
public sealed record InputObjectTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : SyntaxNode, ITypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
