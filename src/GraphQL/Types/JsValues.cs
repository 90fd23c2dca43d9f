using System.Globalization;
using System.Text.Json;

namespace Headless.GraphQL.Types;

/// <summary>
/// Helpers that let CLR values follow graphql-js's coercion rules: numbers as JavaScript sees them, and values
/// described in messages the way graphql-js's <c>inspect</c> prints them.
/// </summary>
internal static class JsValues
{
    /// <summary>Unwraps a <see cref="JsonElement"/> (variables straight from a request body) into a plain CLR value.</summary>
    public static object? Unwrap(object? value) => value is JsonElement element ? FromJson(element) : value;

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => null,
    };

    /// <summary>The value as a JavaScript number, when it is a CLR numeric type.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case System.Numerics.BigInteger big: number = (double)big; return true;
            default: number = 0; return false;
        }
    }

    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>JavaScript's <c>Number(string)</c> for the decimal forms a client may send.</summary>
    public static bool TryParseJsNumber(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            number = 0;
            return true;
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A number as JavaScript prints it (<c>String(n)</c>).</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (IsInteger(number) && Math.Abs(number) < 1e21)
        {
            return number.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E');
        if (exponent < 0)
        {
            return text;
        }

        var mantissa = text[..exponent];
        var power = text[(exponent + 1)..];
        return mantissa + "e" + (power.StartsWith('-') ? power : "+" + power.TrimStart('+'));
    }

    /// <summary>graphql-js <c>inspect</c>: how a runtime value appears in coercion messages.</summary>
    public static string Inspect(object? value)
    {
        value = Unwrap(value);
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return JsonSerializer.Serialize(text);
            case bool flag:
                return flag ? "true" : "false";
            case char c:
                return JsonSerializer.Serialize(c.ToString());
            case Enum member:
                return JsonSerializer.Serialize(member.ToString());
            case Guid guid:
                return JsonSerializer.Serialize(guid.ToString());
        }

        if (TryGetNumber(value, out var number))
        {
            return value is long or ulong or int or uint or short or ushort or byte or sbyte or System.Numerics.BigInteger
                ? Convert.ToString(value, CultureInfo.InvariantCulture)!
                : FormatNumber(number);
        }

        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.Count == 0 ? "{}" : "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Inspect(p.Value))) + " }";
            case IDictionary<string, object?> map:
                return map.Count == 0 ? "{}" : "{ " + string.Join(", ", map.Select(p => p.Key + ": " + Inspect(p.Value))) + " }";
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().Select(Inspect).ToList();
                return items.Count == 0 ? "[]" : "[" + string.Join(", ", items) + "]";
            default:
                return "{}";
        }
    }
}
