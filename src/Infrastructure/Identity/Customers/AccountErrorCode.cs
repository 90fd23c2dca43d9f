namespace Headless.Infrastructure.Identity.Customers;

/// <summary>The user-error codes of account mutations; the API prints them SCREAMING_SNAKE (<c>AccountErrorCode</c>).</summary>
public enum AccountErrorCode
{
    InvalidCredentials,
    EmailTaken,
    InvalidEmail,
    WeakPassword,
    InvalidToken,
    TooManyAttempts,
    MfaRequired,
    InvalidTotp,
    Unauthenticated,
    InvalidAddress,
    AddressNotFound,
    InvalidProfile,
    InvalidProviderToken,
    UnknownProvider,
    EmailNotVerified,
    TotpAlreadyEnabled,
    TotpNotEnabled,
    TotpNotStarted,
    DeviceNotFound,
}
