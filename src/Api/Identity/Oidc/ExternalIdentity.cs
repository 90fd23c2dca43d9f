namespace Headless.Api.Identity.Oidc;

/// <summary>
/// Who a provider says signed in: its subject (stable per provider), and the email only as far as the provider
/// vouches for it. Personal data: never logged.
/// </summary>
public sealed record ExternalIdentity(string Provider, string Subject, string? Email, bool EmailVerified, string? Name)
{
    public override string ToString() => $"ExternalIdentity {Provider}";
}
