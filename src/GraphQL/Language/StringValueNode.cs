namespace Headless.GraphQL.Language;

/// <summary>A string literal; <see cref="Value"/> is the decoded (for block strings: dedented) value.</summary>
public sealed record StringValueNode(string Value, bool Block) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.StringValue;

    public Location? Location { get; init; }
}
