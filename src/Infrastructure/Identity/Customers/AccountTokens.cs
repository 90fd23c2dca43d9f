using System.Security.Cryptography;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>One-time tokens sent by email: 32 random bytes, stored as SHA-256, each usable once.</summary>
public sealed class AccountTokens(HeadlessDbContext db, TimeProvider clock)
{
    /// <summary>Creates a token; the plain value goes into the email and nowhere else.</summary>
    public string Create(Guid customerId, AccountTokenPurpose purpose, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow();
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        db.AccountTokens.Add(new AccountToken(Guid.NewGuid(), customerId, purpose, SessionService.Hash(token), now, now + lifetime));
        return token;
    }

    /// <summary>Uses a token up (one conditional update, so only one of two racing requests gets it); its customer, or null.</summary>
    public async Task<Guid?> ConsumeAsync(string token, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        var hash = SessionService.Hash(token);
        var now = clock.GetUtcNow();
        var stored = await db.AccountTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, cancellationToken);
        if (stored is null || stored.UsedAt is not null || stored.ExpiresAt <= now)
        {
            return null;
        }

        var claimed = await db.AccountTokens.Where(t => t.Id == stored.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken);
        return claimed == 1 ? stored.CustomerId : null;
    }

    /// <summary>Uses up every open token of a purpose (e.g. all reset links once the password changed).</summary>
    public Task InvalidateAllAsync(Guid customerId, AccountTokenPurpose purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.AccountTokens.Where(t => t.CustomerId == customerId && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken);
    }
}
