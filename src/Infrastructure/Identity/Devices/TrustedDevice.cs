namespace Headless.Infrastructure.Identity.Devices;

/// <summary>
/// A device on which the customer passed the second factor: it holds a device token (kept here only as its SHA-256)
/// that spares it the code at later sign-ins until it expires or is revoked (by the customer, or by a password change).
/// </summary>
public sealed class TrustedDevice
{
    public TrustedDevice(Guid id, Guid customerId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        Id = id;
        CustomerId = customerId;
        TokenHash = tokenHash;
        CreatedAt = createdAt.ToUniversalTime();
        LastUsedAt = CreatedAt;
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last sign-in the device token spared a code.</summary>
    public DateTimeOffset LastUsedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Used(DateTimeOffset at) => LastUsedAt = at.ToUniversalTime();

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at.ToUniversalTime();
}
