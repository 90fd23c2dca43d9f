namespace Headless.Infrastructure.Identity.PersonalData;

/// <summary>
/// Encryption of personal data at rest, and the blind index that finds an account by email without storing the
/// email in the clear. Implemented with ASP.NET Core Data Protection (AES-256-CBC + HMAC-SHA256, keys rotated every
/// 90 days by the framework, key ring in the database).
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>Encrypts a value; null and empty stay null.</summary>
    string? Protect(string? value);

    /// <summary>Decrypts a value <see cref="Protect"/> produced; null stays null.</summary>
    string? Unprotect(string? protectedValue);

    /// <summary>The keyed hash (HMAC-SHA256, hex) of a normalized email (trimmed, lower-case).</summary>
    ValueTask<string> EmailIndexAsync(string email, CancellationToken cancellationToken);

    /// <summary>The keyed hash (HMAC-SHA256, hex) of a value exactly as given: a blind index for other secrets (callers prefix a purpose).</summary>
    ValueTask<string> BlindIndexAsync(string value, CancellationToken cancellationToken);
}
