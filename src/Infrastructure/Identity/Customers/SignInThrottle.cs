using System.Security.Cryptography;
using System.Text;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// Exponential back-off for sign-in (per account and per client address) and sign-up (per address), in the
/// database so every instance sees the same counts. The account key is the email's blind index whether or not an
/// account has it, so a throttled answer never tells whether the account exists.
/// </summary>
public sealed class SignInThrottle(HeadlessDbContext db, AccountOptions options, TimeProvider clock)
{
    private ThrottleOptions Settings => options.Throttling;

    public static string AccountKey(string emailIndex) => "signin:account:" + emailIndex;

    public static string AddressKey(string purpose, string clientAddress) =>
        $"{purpose}:address:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientAddress)))[..32];

    /// <summary>How long until the first of <paramref name="keys"/> that is blocked opens; null when none is.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (!Settings.Enabled)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var blocked = await db.SignInThrottle.AsNoTracking()
            .Where(e => keys.Contains(e.Key) && e.BlockedUntil != null)
            .Select(e => e.BlockedUntil!.Value)
            .ToListAsync(cancellationToken);
        var latest = blocked.Where(b => b > now).DefaultIfEmpty().Max();
        return latest > now ? RoundUp(latest - now) : null;
    }

    /// <summary>Counts one attempt under <paramref name="key"/>, allowing <paramref name="freeAttempts"/> before the waits start.</summary>
    public async Task RecordAsync(string key, int freeAttempts, CancellationToken cancellationToken)
    {
        if (!Settings.Enabled)
        {
            return;
        }

        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var entry = await db.SignInThrottle.SingleOrDefaultAsync(e => e.Key == key, cancellationToken);
            if (entry is null)
            {
                entry = new SignInThrottleEntry(key, now);
                db.SignInThrottle.Add(entry);
            }

            entry.Record(now, freeAttempts, Settings.BaseDelay, Settings.MaxDelay, Settings.ResetAfter);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another request inserted the key (or changed it) at the same moment: count again on top of theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task ResetAsync(string key, CancellationToken cancellationToken)
    {
        await db.SignInThrottle.Where(e => e.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    public Task RecordFailedSignInAsync(string accountKey, string addressKey, CancellationToken cancellationToken) =>
        RecordBothAsync(accountKey, addressKey, cancellationToken);

    private async Task RecordBothAsync(string accountKey, string addressKey, CancellationToken cancellationToken)
    {
        await RecordAsync(accountKey, Settings.AccountFreeAttempts, cancellationToken);
        await RecordAsync(addressKey, Settings.AddressFreeAttempts, cancellationToken);
    }

    private static TimeSpan RoundUp(TimeSpan wait) => TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
}
