namespace Headless.GraphQL.Language;

/// <summary><c>name: value</c> in a field's or directive's arguments.</summary>
public sealed record ArgumentNode(NameNode Name, IValueNode Value) : INode
{
    public SyntaxKind Kind => SyntaxKind.Argument;

    public Location? Location { get; init; }
}
