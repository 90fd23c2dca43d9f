namespace Headless.GraphQL.Language;

/// <summary><c>{ name: value }</c>.</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.ObjectValue;

    public Location? Location { get; init; }
}
