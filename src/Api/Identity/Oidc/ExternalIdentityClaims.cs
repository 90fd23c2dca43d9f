using System.Security.Claims;
using System.Text.Json;

namespace Headless.Api.Identity.Oidc;

/// <summary>Reads an <see cref="ExternalIdentity"/> from the standard OpenID Connect claims of an ID token or userinfo answer.</summary>
public static class ExternalIdentityClaims
{
    /// <summary>Null when there is no <c>sub</c>.</summary>
    public static ExternalIdentity? Read(string provider, Func<string, string?> claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim("sub") is not { Length: > 0 } subject)
        {
            return null;
        }

        var email = claim("email") is { Length: > 0 } e ? e.Trim() : null;
        // A JSON true, or the string "true" as Apple sends it; anything else (absent included) is not verified.
        var verified = email is not null && string.Equals(claim("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        var name = claim("name") is { Length: > 0 } n ? n
            : string.Join(' ', new[] { claim("given_name"), claim("family_name") }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } joined ? joined : null;
        return new ExternalIdentity(provider, subject, email, verified, name);
    }

    public static ExternalIdentity? Read(string provider, ClaimsPrincipal principal) =>
        Read(provider, type => principal.FindFirst(type)?.Value);

    public static ExternalIdentity? Read(string provider, JsonElement claims) =>
        claims.ValueKind != JsonValueKind.Object ? null : Read(provider, type => claims.TryGetProperty(type, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null);
}
