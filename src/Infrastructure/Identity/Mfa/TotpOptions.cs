namespace Headless.Infrastructure.Identity.Mfa;

/// <summary>Settings of the authenticator-app factor (<c>Identity:Totp</c>).</summary>
public sealed class TotpOptions
{
    public const string SectionName = "Identity:Totp";

    /// <summary>The issuer authenticator apps show beside the account name.</summary>
    public string Issuer { get; set; } = "Headless";

    /// <summary>Steps (of 30 s) accepted either side of now, for clocks that drift.</summary>
    public int AllowedDriftSteps { get; set; } = 1;
}
