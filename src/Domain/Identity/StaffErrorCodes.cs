namespace Headless.Domain.Identity;

/// <summary>Stable codes of the staff, MFA and API key rules, as the admin API reports them.</summary>
public static class StaffErrorCodes
{
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidName = "INVALID_NAME";
    public const string UnknownPermission = "UNKNOWN_PERMISSION";
    public const string PermissionNotHeld = "PERMISSION_NOT_HELD";
    public const string TotpNotStarted = "TOTP_NOT_STARTED";
    public const string TotpAlreadyEnabled = "TOTP_ALREADY_ENABLED";
    public const string TotpNotEnabled = "TOTP_NOT_ENABLED";
    public const string ApiKeyRevoked = "API_KEY_REVOKED";
    public const string InvalidExpiry = "INVALID_EXPIRY";
}
