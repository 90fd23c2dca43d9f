namespace Headless.GraphQL.Language;

/// <summary>One value of an enum definition.</summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : IHasDirectives
{
    public SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public Location? Location { get; init; }
}
