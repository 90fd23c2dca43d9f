using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types.Scalars;

/// <summary><c>URL</c>: an absolute http or https URL as a string; inputs become <see cref="Uri"/>.</summary>
public static class UrlScalar
{
    public const string Name = "URL";
    public const string SpecifiedBy = "https://url.spec.whatwg.org/";

    public static ScalarType Create() => new(Name, Serialize, ParseValue, ParseLiteral) { SpecifiedByUrl = SpecifiedBy, ClrType = typeof(Uri) };

    private static object? Serialize(object? value) => value switch
    {
        Uri uri when IsWebUrl(uri) => uri.AbsoluteUri,
        string text => Parse(text) is not null ? text : null, // valid: served exactly as stored
        _ => throw new ValueCoercionException($"URL cannot represent value: {JsValues.Inspect(value)}"),
    };

    private static object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new ValueCoercionException($"URL cannot represent non-string value: {JsValues.Inspect(value)}");

    private static object? ParseLiteral(IValueNode literal) => literal is StringValueNode text
        ? Parse(text.Value)
        : throw new ValueCoercionException("URL cannot represent a non-string literal.");

    private static Uri Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsWebUrl(uri)
            ? uri
            : throw new ValueCoercionException($"URL cannot represent \"{text}\": expected an absolute http or https URL.");

    private static bool IsWebUrl(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
