namespace Headless.GraphQL.Types;

/// <summary>A non-null <see cref="OfType"/>; never wraps another non-null type.</summary>
public sealed record NonNullType : IOutputType, IInputType
{
    public NonNullType(IGraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";
}
