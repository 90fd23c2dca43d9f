namespace Headless.GraphQL.Language;

/// <summary>An enum value: any name but true, false and null.</summary>
public sealed record EnumValueNode(string Value) : SyntaxNode, IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
