using System.Globalization;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an instant as an RFC 3339 / ISO 8601 string in UTC (<c>2025-09-01T09:00:00Z</c>). Results accept
/// <see cref="DateTimeOffset"/> and <see cref="DateTime"/>; inputs must carry an offset (<c>Z</c> or <c>+02:00</c>) and
/// are converted to UTC.
/// </summary>
public static class DateTimeScalar
{
    public const string Name = "DateTime";
    public const string SpecifiedBy = "https://scalars.graphql.org/andimarek/date-time";

    /// <summary>A new instance (schema building sets its description, so each schema gets its own).</summary>
    public static ScalarType Create() => new(Name, Serialize, ParseValue, ParseLiteral) { SpecifiedByUrl = SpecifiedBy, ClrType = typeof(DateTimeOffset) };

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static object? Serialize(object? value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime { Kind: DateTimeKind.Unspecified } => throw new ValueCoercionException("DateTime cannot represent a date and time without an offset."),
        DateTime dateTime => Format(new DateTimeOffset(dateTime.ToUniversalTime())),
        string text => Format(Parse(text)),
        _ => throw new ValueCoercionException($"DateTime cannot represent value: {JsValues.Inspect(value)}"),
    };

    private static object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new ValueCoercionException($"DateTime cannot represent non-string value: {JsValues.Inspect(value)}");

    private static object? ParseLiteral(IValueNode literal) => literal is StringValueNode text
        ? Parse(text.Value)
        : throw new ValueCoercionException("DateTime cannot represent a non-string literal.");

    private static DateTimeOffset Parse(string text)
    {
        // RFC 3339 requires the date, the time and an offset; "2025-09-01" or a local time is ambiguous.
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (text.Length < 20 || text[10] is not ('T' or 't') || !hasOffset
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            throw new ValueCoercionException($"DateTime cannot represent \"{text}\": expected RFC 3339, e.g. 2025-09-01T09:00:00Z.");
        }

        return parsed.ToUniversalTime();
    }
}
