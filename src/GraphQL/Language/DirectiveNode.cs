namespace Headless.GraphQL.Language;

/// <summary><c>@name(arguments)</c>.</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode, INode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
