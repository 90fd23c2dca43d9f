namespace Headless.Api.Identity.Oidc;

/// <summary>Settings of the browser sign-in flow, <c>Authentication:ExternalSignIn</c>.</summary>
public sealed class ExternalSignInOptions
{
    public const string SectionName = "Authentication:ExternalSignIn";

    /// <summary>
    /// Where the flow may send the browser back to: absolute URLs (<c>https://shop.example/account</c>) that a
    /// <c>returnUrl</c> must equal or extend by path (same scheme, host and port). Empty: the web flow refuses every
    /// <c>returnUrl</c>, so nothing can be redirected anywhere by accident.
    /// </summary>
    public string[] AllowedReturnUrls { get; set; } = [];

    /// <summary>How long the one-time code handed to the storefront may wait for <c>exchangeSignInCode</c>.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
