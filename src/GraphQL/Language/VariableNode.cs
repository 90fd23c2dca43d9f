namespace Headless.GraphQL.Language;

/// <summary><c>$name</c>.</summary>
public sealed record VariableNode(NameNode Name) : IValueNode
{
    public SyntaxKind Kind => SyntaxKind.Variable;

    public Location? Location { get; init; }
}
