namespace Headless.GraphQL.Language;

/// <summary><c>[Type]</c>.</summary>
public sealed record ListTypeNode(ITypeNode Type) : ITypeNode
{
    public SyntaxKind Kind => SyntaxKind.ListType;

    public Location? Location { get; init; }
}
