namespace Headless.GraphQL.Language;

/// <summary><c>null</c>.</summary>
public sealed record NullValueNode() : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.NullValue;

    public Location? Location { get; init; }
}
