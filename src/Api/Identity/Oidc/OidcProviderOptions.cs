namespace Headless.Api.Identity.Oidc;

/// <summary>
/// One provider as configured under <c>Authentication:Oidc:&lt;name&gt;</c>. Presets fill what they know (authority,
/// scopes, endpoints); anything set here wins. <see cref="OidcProvider"/> is the checked, resolved form.
/// </summary>
public sealed class OidcProviderOptions
{
    public OidcPreset Preset { get; set; } = OidcPreset.Generic;

    /// <summary>The issuer to discover from (<c>/.well-known/openid-configuration</c>). Must be HTTPS outside Development.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Empty for a public client; Apple derives it from <see cref="AppleTeamId"/>, <see cref="AppleKeyId"/> and <see cref="ApplePrivateKey"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes to ask for, space-separated; the preset's when empty.</summary>
    public string? Scopes { get; set; }

    /// <summary>Where the provider sends the browser back; <c>/auth/oidc/&lt;name&gt;/callback</c> when empty.</summary>
    public string? CallbackPath { get; set; }

    /// <summary>Other client ids whose ID tokens <c>signInWithProvider</c> accepts (a mobile app registered apart from the web client).</summary>
    public string[] AdditionalAudiences { get; set; } = [];

    /// <summary>Apple: the developer team id (the client secret's <c>iss</c>).</summary>
    public string? AppleTeamId { get; set; }

    /// <summary>Apple: the id of the Sign in with Apple key (the client secret's <c>kid</c>).</summary>
    public string? AppleKeyId { get; set; }

    /// <summary>Apple: that key's PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>), the content of the downloaded <c>.p8</c>.</summary>
    public string? ApplePrivateKey { get; set; }

    /// <summary>Microsoft: tenant ids allowed to sign in; empty allows every tenant the authority admits.</summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>OAuth 2.0 (WeChat): the authorize endpoint.</summary>
    public string? AuthorizationEndpoint { get; set; }

    /// <summary>OAuth 2.0 (WeChat): the code-for-token endpoint.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>OAuth 2.0 (WeChat): the profile endpoint, called with the access token and the <c>openid</c>.</summary>
    public string? UserInfoEndpoint { get; set; }
}
