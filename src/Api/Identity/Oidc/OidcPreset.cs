namespace Headless.Api.Identity.Oidc;

/// <summary>What a configured provider is, where it departs from plain OpenID Connect (see the README's OIDC section).</summary>
public enum OidcPreset
{
    /// <summary>Any OpenID Connect provider: discovery at the authority, code flow with PKCE, ID token, userinfo.</summary>
    Generic,

    /// <summary>Google: fixed authority; ID tokens name the issuer with or without <c>https://</c>.</summary>
    Google,

    /// <summary>
    /// Sign in with Apple: the client secret is an ES256 JWT made from the team's key, the answer comes back as a
    /// form post, there is no userinfo endpoint, and the name arrives only on the first sign-in (as a <c>user</c> form field).
    /// </summary>
    Apple,

    /// <summary>Microsoft identity platform (v2.0): a multi-tenant authority whose issuer names the tenant of each token.</summary>
    Microsoft,

    /// <summary>
    /// WeChat-style OAuth 2.0 without ID tokens: the code is exchanged for an access token and an <c>openid</c>,
    /// which the userinfo endpoint turns into a profile. Endpoints are settings.
    /// </summary>
    WeChat,
}
