namespace Headless.Api.Identity;

/// <summary>Names of the authentication schemes.</summary>
public static class HeadlessAuthenticationSchemes
{
    /// <summary>The default: a policy scheme that forwards each request to the scheme its credentials belong to.</summary>
    public const string Default = "Headless";

    /// <summary>Access tokens issued by <c>IAccessTokenIssuer</c> (JWT, <c>Authorization: Bearer</c>).</summary>
    public const string AccessToken = "Bearer";
}
