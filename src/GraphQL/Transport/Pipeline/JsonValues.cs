using System.Text.Json;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>Turns decoded JSON into the plain CLR values variables are coerced from.</summary>
public static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            dictionary[property.Name] = ToClr(property.Value);
        }

        return dictionary;
    }

    // Integers stay integral so Int coercion can check the 32-bit range itself; the rest is a double, as in JSON.
    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var int32))
        {
            return int32;
        }

        if (element.TryGetInt64(out var int64))
        {
            return int64;
        }

        return element.GetDouble();
    }
}
