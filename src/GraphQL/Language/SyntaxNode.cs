namespace Headless.GraphQL.Language;

/// <summary>The base of every syntax node: the location, stored compactly.</summary>
/// <remarks>
/// <see cref="INode.Location"/> is nullable, but a <c>Location?</c> field takes 24 bytes in an object where the
/// location itself takes 16; in a parse that allocates a node for every name that was an eighth of the garbage. The
/// field keeps the plain struct and treats line 0, which no real location has, as "none".
/// </remarks>
public abstract record SyntaxNode : INode
{
    private readonly Location _location;

    public abstract SyntaxKind Kind { get; }

    public Location? Location
    {
        get => _location.Line == 0 ? null : _location;
        init => _location = value.GetValueOrDefault();
    }
}
