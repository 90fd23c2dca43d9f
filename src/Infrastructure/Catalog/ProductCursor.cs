using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Opaque cursors: base64url of a JSON array holding the order the cursor was issued for, then the sort key
/// values of the product it points at (the id last). A cursor is only valid for the same order.
/// </summary>
internal static class ProductCursor
{
    public static string Encode(string order, IReadOnlyList<object> values)
    {
        var array = new JsonArray { order };
        foreach (var value in values)
        {
            array.Add(value switch
            {
                string s => JsonValue.Create(s),
                decimal d => JsonValue.Create(d.ToString(CultureInfo.InvariantCulture)),
                DateTimeOffset t => JsonValue.Create(t.UtcTicks),
                int i => JsonValue.Create(i),
                Guid g => JsonValue.Create(g.ToString("D")),
                _ => throw new NotSupportedException($"No cursor encoding for {value.GetType().Name}."),
            });
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(array.ToJsonString()))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The key values of <paramref name="cursor"/>, typed as <paramref name="types"/>; throws INVALID_CURSOR.</summary>
    public static object[] Decode(string cursor, string order, IReadOnlyList<Type> types)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var array = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64))) as JsonArray;
            if (array is null || array.Count != types.Count + 1 || array[0]?.GetValue<string>() != order)
            {
                throw Invalid(cursor, "it was not issued for this order");
            }

            var values = new object[types.Count];
            for (var i = 0; i < types.Count; i++)
            {
                var node = array[i + 1] ?? throw Invalid(cursor, "it holds a null");
                values[i] = types[i] switch
                {
                    var t when t == typeof(string) => node.GetValue<string>(),
                    var t when t == typeof(decimal) => decimal.Parse(node.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture),
                    var t when t == typeof(DateTimeOffset) => new DateTimeOffset(node.GetValue<long>(), TimeSpan.Zero),
                    var t when t == typeof(int) => node.GetValue<int>(),
                    var t when t == typeof(Guid) => Guid.ParseExact(node.GetValue<string>(), "D"),
                    var t => throw new NotSupportedException($"No cursor decoding for {t.Name}."),
                };
            }

            return values;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw Invalid(cursor, "it is malformed");
        }
    }

    private static CatalogInputException Invalid(string cursor, string why) =>
        new(CatalogInputErrorCodes.InvalidCursor, $"Cursor '{Shorten(cursor)}' cannot be used: {why}. Use a cursor from the same list and order.");

    private static string Shorten(string cursor) => cursor.Length <= 40 ? cursor : cursor[..40] + "…";
}
