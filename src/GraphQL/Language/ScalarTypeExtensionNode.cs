namespace Headless.GraphQL.Language;

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed record ScalarTypeExtensionNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : ITypeExtensionNode
{
    public SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public Location? Location { get; init; }
}
