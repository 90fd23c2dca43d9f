namespace Headless.Infrastructure.Caching;

/// <summary>Argument rules every <see cref="ICacheStore"/> applies the same way.</summary>
internal static class CacheArguments
{
    public static void ThrowIfInvalidKey(string key) => ArgumentException.ThrowIfNullOrEmpty(key);

    public static void ThrowIfInvalidEntry(string key, string value, TimeSpan timeToLive)
    {
        ThrowIfInvalidKey(key);
        ArgumentNullException.ThrowIfNull(value);
        // Redis stores expiries in whole milliseconds; a shorter one would mean "never expire" or an error.
        if (timeToLive < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeToLive), timeToLive, "A cache entry must live at least one millisecond.");
        }
    }
}
