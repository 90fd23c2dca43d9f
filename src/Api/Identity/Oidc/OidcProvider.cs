using Microsoft.IdentityModel.JsonWebTokens;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// A configured sign-in provider, checked and with its preset applied: what the web flow's handler and the mobile
/// flow's token validation both read.
/// </summary>
public sealed class OidcProvider
{
    internal OidcProvider(string name, OidcProviderOptions options, Uri? authority, IReadOnlyList<string> scopes, string callbackPath, AppleClientSecret? appleSecret)
    {
        Name = name;
        Preset = options.Preset;
        Authority = authority;
        ClientId = options.ClientId!;
        Scopes = scopes;
        CallbackPath = callbackPath;
        Audiences = [ClientId, .. options.AdditionalAudiences.Where(a => !string.IsNullOrWhiteSpace(a))];
        AllowedTenants = [.. options.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t))];
        AuthorizationEndpoint = options.AuthorizationEndpoint;
        TokenEndpoint = options.TokenEndpoint;
        UserInfoEndpoint = options.UserInfoEndpoint;
        _clientSecret = string.IsNullOrEmpty(options.ClientSecret) ? null : options.ClientSecret;
        _appleSecret = appleSecret;
    }

    private readonly string? _clientSecret;
    private readonly AppleClientSecret? _appleSecret;

    /// <summary>The name in the settings and in <c>/auth/oidc/&lt;name&gt;/start</c>; what <c>signInWithProvider</c> calls <c>provider</c>.</summary>
    public string Name { get; }

    public OidcPreset Preset { get; }

    /// <summary>The issuer to discover from; null for an OAuth 2.0-only provider (<see cref="OidcPreset.WeChat"/>).</summary>
    public Uri? Authority { get; }

    public string ClientId { get; }

    public IReadOnlyList<string> Scopes { get; }

    public string CallbackPath { get; }

    /// <summary>The client id and <see cref="OidcProviderOptions.AdditionalAudiences"/>: an ID token must name one as its audience.</summary>
    public IReadOnlyList<string> Audiences { get; }

    public IReadOnlyList<string> AllowedTenants { get; }

    public string? AuthorizationEndpoint { get; }

    public string? TokenEndpoint { get; }

    public string? UserInfoEndpoint { get; }

    /// <summary>The authentication scheme of the web flow's handler.</summary>
    public string SchemeName => SchemePrefix + Name;

    internal const string SchemePrefix = "oidc:";

    /// <summary>False for OAuth 2.0-only providers, which issue no ID token (so there is nothing for the mobile flow to validate).</summary>
    public bool IssuesIdTokens => Preset != OidcPreset.WeChat;

    /// <summary>
    /// WeChat-style OAuth 2.0: the code is redeemed for an access token and an <c>openid</c>, then a profile (no ID token,
    /// no discovery); the mobile flow sends just the code.
    /// </summary>
    public bool UsesOAuth2Profile => Preset == OidcPreset.WeChat;

    /// <summary>False when the provider never shares an email (WeChat): its people get accounts without one.</summary>
    public bool SharesEmail => Preset != OidcPreset.WeChat;

    /// <summary>Apple answers with a form post (its requirement when the name or email scope is asked for).</summary>
    public bool UsesFormPost => Preset == OidcPreset.Apple;

    /// <summary>Apple has no userinfo endpoint; every claim is in the ID token.</summary>
    public bool UsesUserInfoEndpoint => Preset is OidcPreset.Generic or OidcPreset.Google or OidcPreset.Microsoft;

    /// <summary>The client secret to send now: the configured one, or for Apple a freshly signed JWT (cached until near its expiry).</summary>
    public string? ClientSecret(DateTimeOffset now) => _appleSecret is { } apple ? apple.For(ClientId, now) : _clientSecret;

    /// <summary>
    /// Whether <paramref name="token"/>'s issuer is this provider, given the issuer its discovery document names.
    /// Google's tokens may drop the scheme; Microsoft's discovery names a template (<c>…/{tenantid}/v2.0</c>) that the
    /// token's <c>tid</c> fills, and the tenant may be restricted by <see cref="AllowedTenants"/>.
    /// </summary>
    public bool IsIssuer(string issuer, string discoveredIssuer, JsonWebToken token)
    {
        switch (Preset)
        {
            case OidcPreset.Google:
                return issuer == discoveredIssuer || issuer == "accounts.google.com" || issuer == "https://accounts.google.com";
            case OidcPreset.Microsoft:
                if (!token.TryGetPayloadValue<string>("tid", out var tenant) || string.IsNullOrEmpty(tenant))
                {
                    return false;
                }

                if (AllowedTenants.Count > 0 && !AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
                {
                    return false;
                }

                var expected = discoveredIssuer.Replace("{tenantid}", tenant, StringComparison.OrdinalIgnoreCase);
                return string.Equals(issuer, expected, StringComparison.Ordinal);
            default:
                return string.Equals(issuer, discoveredIssuer, StringComparison.Ordinal);
        }
    }
}
