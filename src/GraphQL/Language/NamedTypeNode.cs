namespace Headless.GraphQL.Language;

/// <summary>A reference to a type by name.</summary>
public sealed record NamedTypeNode(NameNode Name) : ITypeNode
{
    public SyntaxKind Kind => SyntaxKind.NamedType;

    public Location? Location { get; init; }
}
