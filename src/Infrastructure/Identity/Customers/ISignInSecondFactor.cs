namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// A check after the password matched and before any token is issued (two-factor sign-in). None is registered by
/// default; an implementation answers <see cref="AccountErrorCode.MfaRequired"/> or <see cref="AccountErrorCode.InvalidTotp"/>
/// to stop the sign-in, or null to let it through.
/// </summary>
public interface ISignInSecondFactor
{
    Task<AccountError?> CheckAsync(Guid customerId, string? totpCode, CancellationToken cancellationToken);
}
