using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>An opaque pull-feed cursor: base64url of <c>feed:&lt;position&gt;</c>. Clients keep it and send it back; they never build one.</summary>
public static class FeedCursor
{
    private const string Prefix = "feed:";
    private const int MaxLength = 64;

    public static string Encode(long position) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position after which to read; null (start of the feed) for a null cursor.</summary>
    /// <exception cref="FeedCursorException">The cursor was not issued by this feed.</exception>
    public static long Decode(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        if (cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
        {
            throw new FeedCursorException();
        }

        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw new FeedCursorException();
    }
}
