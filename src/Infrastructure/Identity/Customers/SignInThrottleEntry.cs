namespace Headless.Infrastructure.Identity.Customers;

/// <summary>
/// Failed attempts counted under one key (an account's email index, or a hash of a client address), shared by every
/// instance through the database.
/// </summary>
public sealed class SignInThrottleEntry(string key, DateTimeOffset lastAttemptAt)
{
    /// <summary>What is counted, e.g. <c>signin:account:&lt;email index&gt;</c>; client addresses appear only hashed.</summary>
    public string Key { get; private set; } = key;

    public int Attempts { get; private set; }

    public DateTimeOffset LastAttemptAt { get; private set; } = lastAttemptAt.ToUniversalTime();

    /// <summary>No attempt under this key is looked at before this moment.</summary>
    public DateTimeOffset? BlockedUntil { get; private set; }

    public void Record(DateTimeOffset at, int freeAttempts, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan resetAfter)
    {
        if (at - LastAttemptAt >= resetAfter)
        {
            Attempts = 0;
        }

        Attempts++;
        LastAttemptAt = at.ToUniversalTime();
        if (Attempts > freeAttempts)
        {
            // Doubling per attempt beyond the free ones: 1 s, 2 s, 4 s … up to the cap.
            var exponent = Math.Min(Attempts - freeAttempts - 1, 30);
            var delay = TimeSpan.FromTicks(Math.Min(maxDelay.Ticks, baseDelay.Ticks * (1L << exponent)));
            BlockedUntil = LastAttemptAt + delay;
        }
    }

    public void Reset()
    {
        Attempts = 0;
        BlockedUntil = null;
    }
}
