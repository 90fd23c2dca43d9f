using Headless.Domain.Identity;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// A customer account. Personal data is held only encrypted (<c>…Protected</c>, see <see cref="PersonalData.IPersonalDataProtector"/>);
/// the email is found through <see cref="EmailIndex"/>, a keyed hash of the normalized address.
/// </summary>
public sealed class Customer
{
    public Customer(Guid id, string emailIndex, string emailProtected, string passwordHash, DateTimeOffset createdAt)
    {
        Id = id;
        EmailIndex = emailIndex;
        EmailProtected = emailProtected;
        PasswordHash = passwordHash;
        CreatedAt = createdAt.ToUniversalTime();
        PasswordChangedAt = CreatedAt;
    }

    /// <summary>
    /// An account made by a provider that shares no email (WeChat): the index is a value no email hashes to (as for a
    /// deleted account), the email empty, and no password (nothing to sign in with but the provider's link).
    /// </summary>
    public static Customer WithoutEmail(Guid id, DateTimeOffset createdAt) =>
        new(id, $"{NoEmailIndexPrefix}{id:N}", string.Empty, string.Empty, createdAt);

    public const string NoEmailIndexPrefix = "noemail:";

    public Guid Id { get; private set; }

    /// <summary>HMAC-SHA256 (hex) of the lower-cased email; unique.</summary>
    public string EmailIndex { get; private set; }

    public string EmailProtected { get; private set; }

    public string? FirstNameProtected { get; private set; }

    public string? LastNameProtected { get; private set; }

    public string? PhoneProtected { get; private set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 format (version 3).</summary>
    public string PasswordHash { get; private set; }

    public DateTimeOffset PasswordChangedAt { get; private set; }

    public DateTimeOffset? EmailVerifiedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set when the account was deleted: the row stays (orders refer to it) with every personal field erased.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>False for an account made by a provider that shares no email (it has no password either), and for a deleted one.</summary>
    public bool HasPassword => PasswordHash.Length > 0;

    /// <summary>False for an account made by a provider that shares no email (and for a deleted one).</summary>
    public bool HasEmail => EmailProtected.Length > 0;

    /// <summary>The optional authenticator-app factor; off until the customer enrols.</summary>
    public TotpFactor Totp { get; private set; } = new();

    /// <summary>
    /// Changed with every change to <see cref="Totp"/> and checked on save, so two sign-ins racing with one code
    /// (or one recovery code) cannot both succeed.
    /// </summary>
    public Guid MfaStamp { get; private set; }

    /// <summary>Marks a change made through <see cref="Totp"/>, so that the concurrency check sees it.</summary>
    public void TouchMfa() => MfaStamp = Guid.NewGuid();

    public void SetNames(string? firstNameProtected, string? lastNameProtected)
    {
        FirstNameProtected = firstNameProtected;
        LastNameProtected = lastNameProtected;
    }

    public void SetPhone(string? phoneProtected) => PhoneProtected = phoneProtected;

    public void ChangePassword(string passwordHash, DateTimeOffset at)
    {
        PasswordHash = passwordHash;
        PasswordChangedAt = at.ToUniversalTime();
    }

    public void MarkEmailVerified(DateTimeOffset at) => EmailVerifiedAt ??= at.ToUniversalTime();

    /// <summary>Erases every personal field; the index becomes a value no email hashes to, so the address can sign up again.</summary>
    public void Erase(DateTimeOffset at)
    {
        DeletedAt = at.ToUniversalTime();
        EmailIndex = $"deleted:{Id:N}";
        EmailProtected = string.Empty;
        FirstNameProtected = null;
        LastNameProtected = null;
        PhoneProtected = null;
        PasswordHash = string.Empty;
        EmailVerifiedAt = null;
        Totp = new TotpFactor();
        TouchMfa();
    }
}
