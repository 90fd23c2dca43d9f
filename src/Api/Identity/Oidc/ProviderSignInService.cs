using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// The two storefront mutations of provider sign-in, both answering as <c>signIn</c> does: <c>signInWithProvider</c>
/// (the mobile flow: an ID token with its nonce, or a code with its PKCE verifier) and <c>exchangeSignInCode</c>
/// (the end of the browser flow).
/// </summary>
public sealed class ProviderSignInService(
    OidcProviders providers,
    ProviderTokenValidator validator,
    WeChat.WeChatApi weChat,
    IExternalSignIn accounts,
    SignInCodes codes,
    HeadlessDbContext db,
    SessionService sessions,
    IAccessTokenIssuer issuer)
{
    public async Task<AuthResult> SignInWithProviderAsync(string provider, string? idToken, string? nonce, string? code, string? codeVerifier, string? redirectUri, CancellationToken cancellationToken)
    {
        if (providers.Find(provider) is not { } configured)
        {
            return AuthResult.Failed(new AccountError(AccountErrorCode.UnknownProvider, "No sign-in provider of that name is configured for apps.", ["provider"], "provider"));
        }

        ExternalIdentity? identity;
        if (configured.UsesOAuth2Profile)
        {
            // The app's SDK hands over a code for the same app id; there is no ID token, PKCE or redirect URI to check.
            if (string.IsNullOrEmpty(code))
            {
                return AuthResult.Failed(new AccountError(AccountErrorCode.InvalidProviderToken, "This provider signs in with a code: send code.", ["code"], "code"));
            }

            identity = await weChat.SignInAsync(configured, code, cancellationToken);
        }
        else if (!string.IsNullOrEmpty(idToken))
        {
            identity = await validator.ValidateIdTokenAsync(configured, idToken, nonce, requireNonce: true, cancellationToken);
        }
        else if (!string.IsNullOrEmpty(code) && !string.IsNullOrEmpty(codeVerifier) && !string.IsNullOrEmpty(redirectUri))
        {
            identity = await validator.RedeemCodeAsync(configured, code, codeVerifier, redirectUri, nonce, cancellationToken);
        }
        else
        {
            return AuthResult.Failed(new AccountError(AccountErrorCode.InvalidProviderToken, "Send idToken with its nonce, or code with codeVerifier and redirectUri.", ["idToken"], "idToken"));
        }

        if (identity is null)
        {
            return AuthResult.Failed(InvalidProviderToken(string.IsNullOrEmpty(idToken) ? "code" : "idToken"));
        }

        var outcome = await accounts.FindOrCreateCustomerAsync(identity, cancellationToken);
        return outcome.CustomerId is { } customerId
            ? await StartSessionAsync(Guid.Parse(customerId), cancellationToken)
            : AuthResult.Failed(EmailNotVerified());
    }

    public async Task<AuthResult> ExchangeSignInCodeAsync(string code, CancellationToken cancellationToken)
    {
        var customerId = await codes.RedeemAsync(code, cancellationToken);
        return customerId is null
            ? AuthResult.Failed(AccountError.InvalidToken("code"))
            : await StartSessionAsync(Guid.Parse(customerId), cancellationToken);
    }

    private async Task<AuthResult> StartSessionAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null || customer.IsDeleted)
        {
            return AuthResult.Failed(AccountError.InvalidToken("code"));
        }

        var session = await sessions.StartAsync(customer.Id.ToString(), CallerKinds.Customer, cancellationToken);
        var access = await issuer.IssueAsync(customer.Id.ToString(), CallerKinds.Customer, [], session.SessionId.ToString(), cancellationToken);
        return new AuthResult(access, session, customer, []);
    }

    private static AccountError InvalidProviderToken(string field) =>
        new(AccountErrorCode.InvalidProviderToken, "The provider's token is not valid for this shop (signature, issuer, audience, expiry or nonce).", [field], field);

    private static AccountError EmailNotVerified() =>
        new(AccountErrorCode.EmailNotVerified, "The provider does not confirm an email address for this account; sign in another way or verify the address at the provider.", []);
}
