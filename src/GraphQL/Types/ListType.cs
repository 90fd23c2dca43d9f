namespace Headless.GraphQL.Types;

/// <summary>A list of <see cref="OfType"/>.</summary>
public sealed record ListType(IGraphQLType OfType) : IOutputType, IInputType
{
    public override string ToString() => $"[{OfType}]";
}
