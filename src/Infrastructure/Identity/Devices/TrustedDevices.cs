using System.Security.Cryptography;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Devices;

/// <summary>
/// The devices of <see cref="MfaOptions.RequireOnNewDevice"/>: device tokens (<c>hd_</c> + 32 random bytes, stored as
/// SHA-256, per customer, expiring), their check at sign-in, and the customer's list and revocation.
/// </summary>
public sealed class TrustedDevices(HeadlessDbContext db, MfaOptions options, TimeProvider clock)
{
    public const string TokenPrefix = "hd_";

    /// <summary>Whether <paramref name="deviceToken"/> is an active device of this customer (then marked used; saved with the sign-in).</summary>
    public async Task<bool> IsTrustedAsync(Guid customerId, string? deviceToken, CancellationToken ct)
    {
        if (deviceToken is not { Length: > 3 and <= 100 } || !deviceToken.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var hash = SessionService.Hash(deviceToken);
        var now = clock.GetUtcNow();
        // Another customer's token is as unknown as a forged one.
        var device = await db.TrustedDevices.SingleOrDefaultAsync(d => d.TokenHash == hash && d.CustomerId == customerId, ct);
        if (device is null || !device.IsActive(now))
        {
            return false;
        }

        device.Used(now);
        return true;
    }

    /// <summary>A new device token for the customer; the caller saves. The oldest active devices beyond the limit are revoked.</summary>
    public async Task<string> IssueAsync(Guid customerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = TokenPrefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var active = await db.TrustedDevices.Where(d => d.CustomerId == customerId && d.RevokedAt == null).ToListAsync(ct);
        foreach (var old in active.Where(d => d.IsActive(now)).OrderByDescending(d => d.CreatedAt).Skip(Math.Max(0, options.MaxDevices - 1)))
        {
            old.Revoke(now);
        }

        db.TrustedDevices.Add(new TrustedDevice(Guid.NewGuid(), customerId, SessionService.Hash(token), now, now + options.DeviceLifetime));
        return token;
    }

    /// <summary>The customer's active devices, newest first.</summary>
    public async Task<IReadOnlyList<TrustedDeviceView>> ListAsync(Guid customerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.TrustedDevices.AsNoTracking().Where(d => d.CustomerId == customerId && d.RevokedAt == null).ToListAsync(ct);
        return rows.Where(d => d.IsActive(now)).OrderByDescending(d => d.CreatedAt)
            .Select(d => new TrustedDeviceView(d.Id, d.CreatedAt, d.LastUsedAt, d.ExpiresAt)).ToList();
    }

    /// <summary>Revokes one of the customer's devices; false when it has none of that id (or it is revoked already).</summary>
    public async Task<bool> RevokeAsync(Guid customerId, Guid deviceId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.TrustedDevices.Where(d => d.Id == deviceId && d.CustomerId == customerId && d.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.RevokedAt, now), ct) == 1;
    }

    /// <summary>Revokes every device of the customer (password changed or reset, account deleted).</summary>
    public Task RevokeAllAsync(Guid customerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.TrustedDevices.Where(d => d.CustomerId == customerId && d.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.RevokedAt, (DateTimeOffset?)now), ct);
    }
}
