using System.Text.Json;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Turns JSON (variables, data files) into the plain values input coercion reads: dictionaries, lists, strings,
/// booleans, null, and numbers as <see cref="int"/>, <see cref="long"/> or <see cref="double"/>.
/// </summary>
public static class ExternalValue
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => FromJsonObject(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> FromJsonObject(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = FromJson(property.Value);
        }

        return map;
    }
}
