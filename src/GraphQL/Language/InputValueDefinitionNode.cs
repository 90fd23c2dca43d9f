namespace Headless.GraphQL.Language;

/// <summary>An argument definition or an input object field: <c>name: Type = default @directives</c>.</summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, ITypeNode Type, IValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}
