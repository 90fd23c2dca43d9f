namespace Headless.GraphQL.Language;

/// <summary><c>directive @name(arguments) repeatable on LOCATION | LOCATION</c>.</summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : SyntaxNode, ITypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
