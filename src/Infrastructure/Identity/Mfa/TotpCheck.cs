namespace Headless.Infrastructure.Identity.Mfa;

/// <summary>The outcome of a second-factor code presented at sign-in or to change the factor.</summary>
public enum TotpCheck
{
    Accepted,

    /// <summary>A recovery code, now spent.</summary>
    AcceptedRecoveryCode,

    /// <summary>Wrong, expired, or already used within its time step.</summary>
    Invalid,
}
