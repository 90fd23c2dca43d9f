using System.Collections.Frozen;

namespace Headless.Infrastructure.Auditing;

/// <summary>
/// Which values never reach the audit log in clear: secrets (password and key hashes, tokens, TOTP secrets, seals,
/// encrypted columns) and personal data (emails, names of people, phones, street addresses, service recipients).
/// They are written as <see cref="Masked"/>, so the log still shows that they changed.
/// </summary>
public static class AuditMasking
{
    public const string Masked = "***";

    // Parts of a property path that mark a secret or personal value, compared without case.
    private static readonly string[] SensitiveParts =
    [
        "password", "secret", "hash", "token", "seal", "protected", "recovery", "email", "firstname", "lastname",
        "phone", "recipient", "company", "line1", "line2", "city", "postalcode", "region", "subject", "xml",
        "privatekey", "ciphertext", "address",
    ];

    // Entities whose every value is key material or personal.
    private static readonly FrozenSet<string> MaskedTypes = new[]
    {
        "DataProtectionKey", "SigningKey", "ProtectedSecret", "SignInThrottleEntry", "AccountToken", "ExternalLogin",
    }.ToFrozenSet(StringComparer.Ordinal);

    // A name is personal data on people, not on things (a product's name is not).
    private static readonly FrozenSet<string> PeopleTypes = new[] { "StaffMember", "Customer" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> (e.g. <c>ShippingAddress.City</c>) of <paramref name="entityType"/> is masked.</summary>
    public static bool IsMasked(string entityType, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // A background import's file (up to 2 MB): its effect is recorded product by product as each batch is written.
        if (MaskedTypes.Contains(entityType) || (entityType == "CatalogImportJob" && path == "Csv"))
        {
            return true;
        }

        if (path.EndsWith("CountryCode", StringComparison.Ordinal))
        {
            return false;
        }

        if (PeopleTypes.Contains(entityType) && path.EndsWith("Name", StringComparison.Ordinal))
        {
            return true;
        }

        var lower = path.ToLowerInvariant();
        return SensitiveParts.Any(part => lower.Contains(part, StringComparison.Ordinal));
    }
}
