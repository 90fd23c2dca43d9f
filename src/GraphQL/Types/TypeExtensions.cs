namespace Headless.GraphQL.Types;

/// <summary>Predicates and unwrapping over the type graph, as the spec's algorithms use them.</summary>
public static class TypeExtensions
{
    /// <summary>Strips every list and non-null wrapper.</summary>
    public static INamedType GetNamedType(this IGraphQLType type) => type switch
    {
        INamedType named => named,
        ListType list => list.OfType.GetNamedType(),
        NonNullType nonNull => nonNull.OfType.GetNamedType(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown kind of type."),
    };

    /// <summary>Strips an outer non-null wrapper, if any.</summary>
    public static IGraphQLType GetNullableType(this IGraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    public static bool IsList(this IGraphQLType type) => type is ListType;

    public static bool IsInputType(this IGraphQLType type) => type.GetNamedType() is IInputType;

    public static bool IsOutputType(this IGraphQLType type) => type.GetNamedType() is IOutputType;

    public static bool IsLeafType(this IGraphQLType type) => type is ILeafType;

    public static bool IsCompositeType(this IGraphQLType type) => type is ICompositeType;

    public static bool IsAbstractType(this IGraphQLType type) => type is IAbstractType;

    /// <summary>True when a variable or argument of this type must be given (non-null and without default).</summary>
    public static bool IsRequiredArgument(this InputValueDefinition argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    /// <summary>Structural equality: same named type under the same wrappers.</summary>
    public static bool IsEqualType(this IGraphQLType a, IGraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => x.OfType.IsEqualType(y.OfType),
        (ListType x, ListType y) => x.OfType.IsEqualType(y.OfType),
        (INamedType x, INamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> (spec IsValidImplementationFieldType / graphql-js isTypeSubTypeOf).</summary>
    public static bool IsTypeSubTypeOf(this Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (maybeSubType.IsEqualType(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && schema.IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return schema.IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && schema.IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is IAbstractType abstractType
            && maybeSubType is INamedType named and (ObjectType or InterfaceType)
            && schema.IsSubType(abstractType, named);
    }

    /// <summary>True when some object type could be both (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(this Schema schema, ICompositeType a, ICompositeType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is IAbstractType abstractA)
        {
            return b is IAbstractType abstractB
                ? schema.GetPossibleTypes(abstractA).Any(t => schema.IsSubType(abstractB, t))
                : schema.IsSubType(abstractA, b);
        }

        return b is IAbstractType other && schema.IsSubType(other, a);
    }
}
