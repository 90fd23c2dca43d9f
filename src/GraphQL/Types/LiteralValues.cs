using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// graphql-js <c>valueFromAST</c> for constant literals (schema defaults and directive arguments): coerces a
/// literal to its internal value, or reports that it is invalid for the type. Input objects become dictionaries.
/// </summary>
public static class LiteralValues
{
    /// <summary>Coerces <paramref name="literal"/>; returns false when it is not a valid value of <paramref name="type"/>.</summary>
    public static bool TryCoerce(IValueNode literal, IGraphQLType type, out object? value)
    {
        value = null;
        switch (type)
        {
            case NonNullType nonNull:
                return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, out value);
            case var _ when literal is NullValueNode:
                return true;
            case var _ when literal is VariableNode:
                return false;
            case ListType list:
                if (literal is ListValueNode items)
                {
                    var values = new List<object?>(items.Values.Count);
                    foreach (var item in items.Values)
                    {
                        if (!TryCoerce(item, list.OfType, out var itemValue))
                        {
                            return false;
                        }

                        values.Add(itemValue);
                    }

                    value = values;
                    return true;
                }

                if (!TryCoerce(literal, list.OfType, out var single))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;
            case InputObjectType input:
                return TryCoerceObject(literal, input, out value);
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(literal);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceObject(IValueNode literal, InputObjectType input, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectValue)
        {
            return false;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            var given = objectValue.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (given is null)
            {
                if (field.DefaultValueLiteral is not null && TryCoerce(field.DefaultValueLiteral, field.Type, out var defaultValue))
                {
                    result[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(given.Value, field.Type, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (input.IsOneOf && (result.Count != 1 || result.Values.Single() is null))
        {
            return false;
        }

        value = result;
        return true;
    }
}
