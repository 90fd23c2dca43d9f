using System.Security.Cryptography;
using System.Text;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Identity;

/// <summary>
/// An integrator's credential: <c>hk_&lt;environment&gt;_&lt;publicId&gt;_&lt;secret&gt;</c>, of which only the prefix
/// (<see cref="Prefix"/>) is kept in clear and the whole key as a SHA-256 hash. Its permissions are chosen by the
/// staff member who creates it, within their own. Rotation keeps the key's identity and replaces the secret; the
/// old secret stays valid for the grace period asked for (none: revoked at once).
/// </summary>
public sealed class ApiKey : AggregateRoot
{
    public const int MaxNameLength = 200;
    private const char Separator = ' ';

    public ApiKey(string name, string environment, string publicId, string secretHash, IEnumerable<string> permissions, Guid createdBy, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Name = Guard.Text(name, MaxNameLength, StaffErrorCodes.InvalidName, "Key name");
        Environment = environment;
        PublicId = publicId;
        SecretHash = secretHash;
        var granted = permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (granted.FirstOrDefault(p => !Identity.Permissions.IsKnown(p)) is { } unknown)
        {
            throw new DomainException(StaffErrorCodes.UnknownPermission, $"There is no permission '{unknown}'.");
        }

        if (expiresAt is { } expiry && expiry <= createdAt)
        {
            throw new DomainException(StaffErrorCodes.InvalidExpiry, "The expiry must be in the future.");
        }

        Permissions = string.Join(Separator, granted);
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    // For EF Core materialization.
    private ApiKey()
    {
        Name = null!;
        Environment = null!;
        PublicId = null!;
        SecretHash = null!;
        Permissions = null!;
    }

    public string Name { get; private set; }

    /// <summary><c>live</c> or <c>test</c>: shown in the key so that a test key is never mistaken for a live one.</summary>
    public string Environment { get; private set; }

    /// <summary>The part after the environment: the lookup key, safe to show and log.</summary>
    public string PublicId { get; private set; }

    public string SecretHash { get; private set; }

    public string? PreviousSecretHash { get; private set; }

    public DateTimeOffset? PreviousSecretValidUntil { get; private set; }

    /// <summary>Space-separated; see <see cref="PermissionList"/>.</summary>
    public string Permissions { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? RotatedAt { get; private set; }

    /// <summary>When the key last authenticated a request, to the precision the host records it (not every request writes).</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public string Prefix => $"hk_{Environment}_{PublicId}";

    public IReadOnlyList<string> PermissionList => Permissions.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expiry || expiry > now);

    /// <summary>Whether the presented key's hash is the current secret's, or the previous one's within its grace period.</summary>
    public bool Accepts(string presentedHash, DateTimeOffset now) =>
        IsUsable(now) && (SameHash(presentedHash, SecretHash)
            || (PreviousSecretHash is { } previous && PreviousSecretValidUntil > now && SameHash(presentedHash, previous)));

    /// <summary>
    /// Whether the presented key's hash is one this key ever had as current or previous secret, usable or not: tells a
    /// revoked or expired key presented by its holder from a guess.
    /// </summary>
    public bool WasIssuedAs(string presentedHash) =>
        SameHash(presentedHash, SecretHash) || (PreviousSecretHash is { } previous && SameHash(presentedHash, previous));

    public void Rotate(string newSecretHash, TimeSpan gracePeriod, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainException(StaffErrorCodes.ApiKeyRevoked, "A revoked key cannot be rotated; create a new one.");
        }

        PreviousSecretHash = gracePeriod > TimeSpan.Zero ? SecretHash : null;
        PreviousSecretValidUntil = gracePeriod > TimeSpan.Zero ? now + gracePeriod : null;
        SecretHash = newSecretHash;
        RotatedAt = now;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    private static bool SameHash(string presented, string stored) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(stored));
}
