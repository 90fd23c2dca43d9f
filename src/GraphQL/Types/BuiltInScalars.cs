using System.Globalization;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>
/// The five scalars of the spec (§3.5), with graphql-js 16's coercion rules and messages. Results serialize to
/// <see cref="int"/>, <see cref="double"/>, <see cref="string"/> and <see cref="bool"/>; ID serializes to a string.
/// </summary>
public static class BuiltInScalars
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    public static ScalarType Int { get; } = new("Int", SerializeInt, ParseIntValue, ParseIntLiteral)
    {
        ClrType = typeof(int),
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
    };

    public static ScalarType Float { get; } = new("Float", SerializeFloat, ParseFloatValue, ParseFloatLiteral)
    {
        ClrType = typeof(double),
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
    };

    public static ScalarType String { get; } = new("String", SerializeString, ParseStringValue, ParseStringLiteral)
    {
        ClrType = typeof(string),
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
    };

    public static ScalarType Boolean { get; } = new("Boolean", SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral)
    {
        ClrType = typeof(bool),
        Description = "The `Boolean` scalar type represents `true` or `false`.",
    };

    public static ScalarType ID { get; } = new("ID", SerializeId, ParseIdValue, ParseIdLiteral)
    {
        ClrType = typeof(string),
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
    };

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    private static object? SerializeInt(object? value)
    {
        value = JsValues.Unwrap(value);
        switch (value)
        {
            case int i:
                return i;
            case bool flag:
                return flag ? 1 : 0;
            case long or short or byte or sbyte or ushort or uint or ulong or System.Numerics.BigInteger:
                if (!JsValues.TryGetNumber(value, out var whole) || whole > MaxInt || whole < MinInt)
                {
                    throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + JsValues.Inspect(value));
                }

                return (int)whole;
        }

        double number;
        if (value is string text && text.Length > 0)
        {
            if (!JsValues.TryParseJsNumber(text, out number))
            {
                throw new ValueCoercionException("Int cannot represent non-integer value: " + JsValues.Inspect(value));
            }
        }
        else if (!JsValues.TryGetNumber(value, out number))
        {
            throw new ValueCoercionException("Int cannot represent non-integer value: " + JsValues.Inspect(value));
        }

        if (!JsValues.IsInteger(number))
        {
            throw new ValueCoercionException("Int cannot represent non-integer value: " + JsValues.Inspect(value));
        }

        if (number > MaxInt || number < MinInt)
        {
            throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + JsValues.Inspect(value));
        }

        return (int)number;
    }

    private static object? ParseIntValue(object? value)
    {
        value = JsValues.Unwrap(value);
        if (value is bool or string or null || !JsValues.TryGetNumber(value, out var number) || !JsValues.IsInteger(number))
        {
            throw new ValueCoercionException("Int cannot represent non-integer value: " + JsValues.Inspect(value));
        }

        if (number > MaxInt || number < MinInt)
        {
            throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + JsValues.Inspect(value));
        }

        return (int)number;
    }

    private static object? ParseIntLiteral(IValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw new ValueCoercionException("Int cannot represent non-integer value: " + Printer.Print(literal));
        }

        if (!int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + integer.Value);
        }

        return number;
    }

    private static object? SerializeFloat(object? value)
    {
        value = JsValues.Unwrap(value);
        if (value is bool flag)
        {
            return flag ? 1d : 0d;
        }

        double number;
        if (value is string text && text.Length > 0)
        {
            if (!JsValues.TryParseJsNumber(text, out number))
            {
                number = double.NaN;
            }
        }
        else if (!JsValues.TryGetNumber(value, out number))
        {
            number = double.NaN;
        }

        if (!double.IsFinite(number))
        {
            throw new ValueCoercionException("Float cannot represent non numeric value: " + JsValues.Inspect(value));
        }

        return number;
    }

    private static object? ParseFloatValue(object? value)
    {
        value = JsValues.Unwrap(value);
        if (value is bool or string or null || !JsValues.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new ValueCoercionException("Float cannot represent non numeric value: " + JsValues.Inspect(value));
        }

        return number;
    }

    private static object? ParseFloatLiteral(IValueNode literal) => literal switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException("Float cannot represent non numeric value: " + Printer.Print(literal)),
    };

    private static object? SerializeString(object? value)
    {
        value = JsValues.Unwrap(value);
        switch (value)
        {
            case string text:
                return text;
            case bool flag:
                return flag ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid guid:
                return guid.ToString();
        }

        if (JsValues.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return value is decimal or double or float ? JsValues.FormatNumber(number) : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        throw new ValueCoercionException("String cannot represent value: " + JsValues.Inspect(value));
    }

    private static object? ParseStringValue(object? value)
    {
        value = JsValues.Unwrap(value);
        return value as string ?? throw new ValueCoercionException("String cannot represent a non string value: " + JsValues.Inspect(value));
    }

    private static object? ParseStringLiteral(IValueNode literal) =>
        literal is StringValueNode text
            ? text.Value
            : throw new ValueCoercionException("String cannot represent a non string value: " + Printer.Print(literal));

    private static object? SerializeBoolean(object? value)
    {
        value = JsValues.Unwrap(value);
        if (value is bool flag)
        {
            return flag;
        }

        if (JsValues.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new ValueCoercionException("Boolean cannot represent a non boolean value: " + JsValues.Inspect(value));
    }

    private static object? ParseBooleanValue(object? value)
    {
        value = JsValues.Unwrap(value);
        return value is bool flag
            ? flag
            : throw new ValueCoercionException("Boolean cannot represent a non boolean value: " + JsValues.Inspect(value));
    }

    private static object? ParseBooleanLiteral(IValueNode literal) =>
        literal is BooleanValueNode flag
            ? flag.Value
            : throw new ValueCoercionException("Boolean cannot represent a non boolean value: " + Printer.Print(literal));

    private static object? SerializeId(object? value)
    {
        value = JsValues.Unwrap(value);
        switch (value)
        {
            case string text:
                return text;
            case Guid guid:
                return guid.ToString();
        }

        if (value is not bool && JsValues.TryGetNumber(value, out var number) && JsValues.IsInteger(number))
        {
            return value is double or float or decimal ? JsValues.FormatNumber(number) : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        throw new ValueCoercionException("ID cannot represent value: " + JsValues.Inspect(value));
    }

    private static object? ParseIdValue(object? value)
    {
        value = JsValues.Unwrap(value);
        if (value is string text)
        {
            return text;
        }

        if (value is not bool && JsValues.TryGetNumber(value, out var number) && JsValues.IsInteger(number))
        {
            return value is double or float or decimal ? JsValues.FormatNumber(number) : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        throw new ValueCoercionException("ID cannot represent value: " + JsValues.Inspect(value));
    }

    private static object? ParseIdLiteral(IValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ValueCoercionException("ID cannot represent a non-string and non-integer value: " + Printer.Print(literal)),
    };
}
