namespace Headless.GraphQL.Types;

/// <summary>
/// Decides the object type of a value of an interface or union when no resolver was bound: a dictionary's
/// <c>__typename</c> entry, then the object type bound to the value's CLR type (exact, then base type or
/// interface), then each possible type's <see cref="ObjectType.IsTypeOf"/>.
/// </summary>
public static class DefaultTypeResolver
{
    public static TypeResolver For(IAbstractType abstractType) => (value, schema) => Resolve(abstractType, value, schema);

    public static ObjectType? Resolve(IAbstractType abstractType, object value, Schema schema)
    {
        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> readOnly => readOnly.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
            _ => null,
        };
        if (typeName is not null)
        {
            return schema.GetType(typeName) as ObjectType;
        }

        var possibleTypes = schema.GetPossibleTypes(abstractType);
        var clrType = value.GetType();
        foreach (var candidate in possibleTypes)
        {
            if (candidate.ClrType == clrType)
            {
                return candidate;
            }
        }

        foreach (var candidate in possibleTypes)
        {
            if (candidate.ClrType is { } bound && bound.IsAssignableFrom(clrType))
            {
                return candidate;
            }
        }

        foreach (var candidate in possibleTypes)
        {
            if (candidate.IsTypeOf?.Invoke(value) == true)
            {
                return candidate;
            }
        }

        return null;
    }
}
