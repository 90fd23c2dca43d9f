using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Headless.GraphQL.Execution;

/// <summary>Describes a value the way graphql-js's <c>inspect</c> does, so that our error messages read as theirs.</summary>
internal static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Value(object? value) => Format(value, 0);

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string text => JsonString(text),
        bool flag => flag ? "true" : "false",
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => Number(number),
        float number => Number(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        JsonElement element => Format(ExternalValue.FromJson(element), depth),
        IDictionary<string, object?> map => Object(map.Select(p => (p.Key, p.Value)).ToList(), depth),
        IReadOnlyDictionary<string, object?> map => Object(map.Select(p => (p.Key, p.Value)).ToList(), depth),
        IEnumerable items => Array(items.Cast<object?>().ToList(), depth),
        _ => Object([.. value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.GetValue(value)))], depth),
    };

    /// <summary>A JavaScript number as JavaScript prints it: integral values without a fraction.</summary>
    public static string Number(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == Math.Floor(number) && Math.Abs(number) < 1e21)
        {
            return number.ToString("F0", CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }

    private static string Object(IReadOnlyList<(string Key, object? Value)> properties, int depth)
    {
        if (properties.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", properties.Select(p => p.Key + ": " + Format(p.Value, depth + 1))) + " }";
    }

    private static string Array(IReadOnlyList<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(i => Format(i, depth + 1)).ToList();
        if (items.Count > MaxArrayLength)
        {
            var remaining = items.Count - MaxArrayLength;
            shown.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static string JsonString(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
