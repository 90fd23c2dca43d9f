namespace Headless.Api.Identity;

/// <summary>
/// Picks the scheme that authenticates a request: the first rule that names one wins, otherwise access tokens
/// (<see cref="HeadlessAuthenticationSchemes.AccessToken"/>). This is the extension point for other credentials:
/// an API-key scheme adds a rule for <c>Authorization: Bearer hk_…</c> or an <c>X-Api-Key</c> header, e.g.
/// <code>services.Configure&lt;AuthenticationSchemeSelector&gt;(s =&gt; s.Rules.Add(http =&gt; IsApiKey(http) ? "ApiKey" : null));</code>
/// </summary>
public sealed class AuthenticationSchemeSelector
{
    /// <summary>Rules tried in order; each returns a scheme name or null to pass.</summary>
    public IList<Func<HttpContext, string?>> Rules { get; } = [];

    public string Select(HttpContext http)
    {
        foreach (var rule in Rules)
        {
            if (rule(http) is { } scheme)
            {
                return scheme;
            }
        }

        return HeadlessAuthenticationSchemes.AccessToken;
    }
}
