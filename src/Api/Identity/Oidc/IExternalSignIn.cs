namespace Headless.Api.Identity.Oidc;

/// <summary>
/// Turns a provider's identity into a Headless customer: the one linked to (provider, subject); else, only when the
/// provider vouches for the email, the existing account with that email (then linked); else a new account, linked.
/// An email that belongs to an account but is not verified by the provider is refused, never linked.
/// </summary>
public interface IExternalSignIn
{
    Task<ExternalAccountOutcome> FindOrCreateCustomerAsync(ExternalIdentity identity, CancellationToken cancellationToken);
}

/// <summary>The customer signed in, or a <c>UserErrorCode</c> name saying why not.</summary>
public sealed record ExternalAccountOutcome(string? CustomerId, string? ErrorCode)
{
    public const string EmailNotVerified = "EMAIL_NOT_VERIFIED";

    public static ExternalAccountOutcome SignedIn(string customerId) => new(customerId, null);

    public static ExternalAccountOutcome Refused(string code) => new(null, code);
}
