using System.Security.Cryptography;
using Headless.Domain.Identity;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.ApiKeys;

/// <summary>
/// Creates, rotates, revokes and authenticates integrator keys of the form <c>hk_&lt;env&gt;_&lt;publicId&gt;_&lt;secret&gt;</c>.
/// Only the SHA-256 hash of the whole key is stored (the secret has 256 random bits); the public id is the index.
/// </summary>
public sealed class ApiKeyService(HeadlessDbContext db, ApiKeyOptions options, TimeProvider clock)
{
    public const string KeyPrefix = "hk_";
    private const string PublicIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const int PublicIdLength = 12;

    /// <summary>Creates a key holding <paramref name="permissions"/>, each of which the creator must hold.</summary>
    public async Task<IssuedApiKey> CreateAsync(
        string name, IReadOnlyCollection<string> permissions, IReadOnlySet<string> creatorPermissions, Guid createdBy, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        if (permissions.FirstOrDefault(p => !Permissions.IsKnown(p)) is { } unknown)
        {
            throw new DomainException(StaffErrorCodes.UnknownPermission, $"There is no permission '{unknown}'.");
        }

        if (permissions.FirstOrDefault(p => !creatorPermissions.Contains(p)) is { } notHeld)
        {
            throw new DomainException(StaffErrorCodes.PermissionNotHeld, $"A key can only be given permissions its creator holds; you do not hold '{notHeld}'.");
        }

        var publicId = NewPublicId();
        var secret = Compose(publicId);
        var key = new ApiKey(name, options.Environment, publicId, SecretToken.Hash(secret), permissions, createdBy, clock.GetUtcNow(), expiresAt);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(key, secret);
    }

    /// <summary>A new secret for the key; the old one stays valid for <paramref name="gracePeriod"/> (zero: refused at once).</summary>
    public async Task<IssuedApiKey?> RotateAsync(Guid id, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return null;
        }

        var grace = gracePeriod < TimeSpan.Zero ? TimeSpan.Zero : gracePeriod > options.MaxRotationGracePeriod ? options.MaxRotationGracePeriod : gracePeriod;
        var secret = Compose(key.PublicId);
        key.Rotate(SecretToken.Hash(secret), grace, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(key, secret);
    }

    public async Task<ApiKey?> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return null;
        }

        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>
    /// The usable key <paramref name="presented"/> is, or null. Records the use when the stored time is older than
    /// <see cref="ApiKeyOptions.LastUsedPrecision"/>, with one conditional UPDATE, so a busy key writes once per interval.
    /// </summary>
    public async Task<ApiKey?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (Parse(presented) is not { } publicId || !presented!.StartsWith($"{KeyPrefix}{options.Environment}_", StringComparison.Ordinal))
        {
            return null;
        }

        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.PublicId == publicId, cancellationToken);
        var now = clock.GetUtcNow();
        if (key is null || !key.Accepts(SecretToken.Hash(presented), now))
        {
            return null;
        }

        if (key.LastUsedAt is not { } lastUsed || now - lastUsed >= options.LastUsedPrecision)
        {
            var staleBefore = now - options.LastUsedPrecision;
            await db.ApiKeys
                .Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < staleBefore))
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return key;
    }

    /// <summary>
    /// The id of the revoked or expired key <paramref name="presented"/> is, when it is one with its right secret (for
    /// auditing its use); null for anything else. Only asked after <see cref="AuthenticateAsync"/> refused the key.
    /// </summary>
    public async Task<Guid?> UnusableKeyIdAsync(string? presented, CancellationToken cancellationToken)
    {
        if (Parse(presented) is not { } publicId)
        {
            return null;
        }

        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.PublicId == publicId, cancellationToken);
        return key is not null && !key.IsUsable(clock.GetUtcNow()) && key.WasIssuedAs(SecretToken.Hash(presented!)) ? key.Id : null;
    }

    /// <summary>The public id of a well-formed key, or null.</summary>
    public static string? Parse(string? presented)
    {
        if (presented is null || presented.Length > 200 || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = presented.Split('_', 4);
        return parts is [_, { Length: > 0 and <= 16 }, { Length: PublicIdLength } publicId, { Length: > 0 }] ? publicId : null;
    }

    private string Compose(string publicId) => $"{KeyPrefix}{options.Environment}_{publicId}_{SecretToken.Generate()}";

    private static string NewPublicId() =>
        new([.. Enumerable.Range(0, PublicIdLength).Select(_ => PublicIdAlphabet[RandomNumberGenerator.GetInt32(PublicIdAlphabet.Length)])]);
}
