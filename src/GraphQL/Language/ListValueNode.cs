namespace Headless.GraphQL.Language;

/// <summary><c>[values]</c>.</summary>
public sealed record ListValueNode(IReadOnlyList<IValueNode> Values) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.ListValue;

    public Location? Location { get; init; }
}
