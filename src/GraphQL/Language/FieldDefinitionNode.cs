namespace Headless.GraphQL.Language;

/// <summary><c>name(arguments): Type @directives</c> in an object or interface.</summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, ITypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}
