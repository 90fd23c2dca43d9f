namespace Headless.GraphQL.Language;

/// <summary>A float literal, kept as written.</summary>
public sealed record FloatValueNode(string Value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.FloatValue;

    public Location? Location { get; init; }
}
