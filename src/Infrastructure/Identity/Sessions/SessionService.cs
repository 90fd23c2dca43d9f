using System.Security.Cryptography;
using System.Text;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>
/// Sessions and their refresh tokens. A refresh token is 32 random bytes (prefix <c>hr_</c>), stored as SHA-256;
/// exchanging it is one conditional update, so of two exchanges of the same token exactly one succeeds and the
/// other counts as a reuse, which revokes the session (the whole family).
/// </summary>
public sealed class SessionService(HeadlessDbContext db, HeadlessAuthenticationOptions options, TimeProvider clock, SessionRevocationCache revocations)
{
    public const string RefreshTokenPrefix = "hr_";

    /// <summary>Starts a session for an account that has just proved who it is.</summary>
    public async Task<SessionTokens> StartAsync(string subject, string kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = new AuthSession(Guid.NewGuid(), subject, kind, now, now + options.RefreshTokenLifetime);
        db.AuthSessions.Add(session);
        var tokens = AddRefreshToken(session, now);
        await db.SaveChangesAsync(cancellationToken);
        return tokens;
    }

    /// <summary>
    /// Exchanges a refresh token for the next one of its session. With <paramref name="kind"/>, a token of another
    /// kind of account is refused before it is used up (the staff endpoint must not spend a customer's token).
    /// </summary>
    public async Task<RefreshOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken, string? kind = null)
    {
        if (string.IsNullOrEmpty(refreshToken) || refreshToken.Length > 200 || !refreshToken.StartsWith(RefreshTokenPrefix, StringComparison.Ordinal))
        {
            return RefreshOutcome.Failed(RefreshFailure.Invalid);
        }

        var hash = Hash(refreshToken);
        var now = clock.GetUtcNow();
        var stored = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (stored is null)
        {
            return RefreshOutcome.Failed(RefreshFailure.Invalid);
        }

        var session = await db.AuthSessions.SingleAsync(s => s.Id == stored.SessionId, cancellationToken);
        if (!session.IsActive(now) || stored.ExpiresAt <= now || (kind is not null && session.Kind != kind))
        {
            return RefreshOutcome.Failed(RefreshFailure.Invalid);
        }

        var claimed = await db.RefreshTokens
            .Where(t => t.Id == stored.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            session.Revoke(now, SessionRevocationReasons.RefreshTokenReused);
            await db.SaveChangesAsync(cancellationToken);
            revocations.MarkRevoked(session.Id);
            return RefreshOutcome.Failed(RefreshFailure.Reused);
        }

        session.Touch(now);
        var tokens = AddRefreshToken(session, now);
        await db.SaveChangesAsync(cancellationToken);
        return RefreshOutcome.Refreshed(tokens);
    }

    /// <summary>Ends one session (sign-out); its access tokens stop validating.</summary>
    public async Task RevokeAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.AuthSessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), cancellationToken);
        revocations.MarkRevoked(sessionId);
    }

    /// <summary>Ends every session of an account except <paramref name="keep"/> (e.g. after a password change).</summary>
    public async Task RevokeAllAsync(string subject, string kind, Guid? keep, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ids = await db.AuthSessions.Where(s => s.Subject == subject && s.Kind == kind && s.RevokedAt == null && s.Id != keep)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        await db.AuthSessions.Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), cancellationToken);
        foreach (var id in ids)
        {
            revocations.MarkRevoked(id);
        }
    }

    /// <summary>True while the session exists, is not revoked and has not expired (cached briefly, see <see cref="SessionRevocationCache"/>).</summary>
    public ValueTask<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken) =>
        revocations.IsActiveAsync(sessionId, async ct =>
        {
            var now = clock.GetUtcNow();
            return await db.AuthSessions.AsNoTracking().AnyAsync(s => s.Id == sessionId && s.RevokedAt == null && s.ExpiresAt > now, ct);
        }, cancellationToken);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private SessionTokens AddRefreshToken(AuthSession session, DateTimeOffset now)
    {
        var token = RefreshTokenPrefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        db.RefreshTokens.Add(new RefreshToken(Guid.NewGuid(), session.Id, Hash(token), now, session.ExpiresAt));
        return new SessionTokens(session.Id, session.Subject, session.Kind, token, session.ExpiresAt);
    }
}
