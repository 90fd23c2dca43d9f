using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>The outcome of sign-up, sign-in and refresh: tokens and the customer, or errors.</summary>
public sealed record AuthResult(IssuedAccessToken? Access, SessionTokens? Session, Customer? Customer, IReadOnlyList<AccountError> Errors)
{
    public static AuthResult Failed(params AccountError[] errors) => new(null, null, null, errors);
}
