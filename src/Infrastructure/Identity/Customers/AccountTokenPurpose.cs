namespace Headless.Infrastructure.Identity.Customers;

/// <summary>What a one-time <see cref="AccountToken"/> is for.</summary>
public enum AccountTokenPurpose
{
    PasswordReset,
    EmailVerification,

    /// <summary>The browser sign-in flow's one-time code, kept here when there is no Redis so every instance can redeem it.</summary>
    ExternalSignIn,
}
