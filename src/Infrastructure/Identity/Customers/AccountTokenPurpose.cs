namespace Headless.Infrastructure.Identity.Customers;

/// <summary>What a one-time <see cref="AccountToken"/> is for.</summary>
public enum AccountTokenPurpose
{
    PasswordReset,
    EmailVerification,
}
