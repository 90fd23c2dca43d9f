namespace Headless.Api.Identity.Oidc;

/// <summary>
/// Who a provider says signed in: its subject (stable per provider), and the email only as far as the provider
/// vouches for it. <see cref="ProviderSharesEmail"/> is false for providers that never share one (WeChat): only then
/// may an account without an email be made. Personal data: never logged.
/// </summary>
public sealed record ExternalIdentity(string Provider, string Subject, string? Email, bool EmailVerified, string? Name, bool ProviderSharesEmail = true)
{
    public override string ToString() => $"ExternalIdentity {Provider}";
}
