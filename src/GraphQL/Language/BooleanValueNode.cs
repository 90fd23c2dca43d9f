namespace Headless.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanValueNode(bool Value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.BooleanValue;

    public Location? Location { get; init; }
}
