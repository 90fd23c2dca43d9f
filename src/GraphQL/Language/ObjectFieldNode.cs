namespace Headless.GraphQL.Language;

/// <summary>One <c>name: value</c> of an object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, IValueNode Value) : INode
{
    public SyntaxKind Kind => SyntaxKind.ObjectField;

    public Location? Location { get; init; }
}
