namespace Headless.GraphQL.Language;

/// <summary><c>@name(arguments)</c>.</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : INode
{
    public SyntaxKind Kind => SyntaxKind.Directive;

    public Location? Location { get; init; }
}
