namespace Headless.GraphQL.Language;

/// <summary>An enum value: any name but true, false and null.</summary>
public sealed record EnumValueNode(string Value) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.EnumValue;

    public Location? Location { get; init; }
}
