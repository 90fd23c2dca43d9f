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

        if (number == 0)
        {
            return "0";
        }

        // Number::toString: the shortest round-tripping digits, laid out by the position of the decimal point.
        var (digits, point) = ShortestDigits(Math.Abs(number));
        var sign = number < 0 ? "-" : "";
        var k = digits.Length;
        if (k <= point && point <= 21)
        {
            return sign + digits + new string('0', point - k);
        }

        if (0 < point && point <= 21)
        {
            return sign + digits[..point] + "." + digits[point..];
        }

        if (-6 < point && point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        var exponent = point - 1;
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent);
    }

    /// <summary>The shortest digits that round-trip, and where the decimal point goes (value = 0.digits × 10^point).</summary>
    private static (string Digits, int Point) ShortestDigits(double positive)
    {
        var roundTrip = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E');
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? "" : mantissa[(dot + 1)..];
        var all = (integerPart + fraction).TrimStart('0');
        var leadingZeros = (integerPart + fraction).Length - all.Length;
        var point = integerPart.Length + exponent - leadingZeros;
        return (all.TrimEnd('0'), point);
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
