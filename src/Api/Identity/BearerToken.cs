using Microsoft.Extensions.Primitives;

namespace Headless.Api.Identity;

/// <summary>Reads the token of an <c>Authorization: Bearer …</c> value.</summary>
public static class BearerToken
{
    private const string Prefix = "Bearer ";

    public static string? From(StringValues authorization) => From(authorization.Count == 1 ? authorization[0] : null);

    public static string? From(string? authorization) =>
        authorization is { Length: > 7 } value && value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? value[Prefix.Length..].Trim()
            : null;
}
