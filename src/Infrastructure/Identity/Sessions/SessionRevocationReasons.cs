namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>Values of <see cref="AuthSession.RevokedReason"/>.</summary>
public static class SessionRevocationReasons
{
    public const string SignedOut = "signed_out";

    /// <summary>A refresh token was presented again after it had been exchanged: someone else holds a copy.</summary>
    public const string RefreshTokenReused = "refresh_token_reused";

    public const string PasswordChanged = "password_changed";

    public const string PasswordReset = "password_reset";

    public const string AccountDeleted = "account_deleted";
}
