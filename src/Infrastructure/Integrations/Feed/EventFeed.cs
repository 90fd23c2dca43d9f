using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// The pull feed: entries after a cursor, oldest first. Positions are assigned after commit by one sequencer at a
/// time (<see cref="FeedSequencer"/>), so "after N" never skips an entry that appears later; a system that was
/// down for a day pages from its last cursor and sees every event once, in order.
/// </summary>
public sealed class EventFeed(HeadlessDbContext db, FeedOptions options)
{
    public const int DefaultPageSize = 50;

    /// <exception cref="FeedCursorException">An unknown cursor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is below 1 or above <see cref="FeedOptions.MaxPageSize"/>.</exception>
    public async Task<FeedPage> PageAsync(string? after, int? first, CancellationToken ct = default)
    {
        var size = first ?? Math.Min(DefaultPageSize, options.MaxPageSize);
        if (size < 1 || size > options.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(first), size, $"first must be between 1 and {options.MaxPageSize}.");
        }

        var position = FeedCursor.Decode(after);
        var rows = await db.FeedEntries.AsNoTracking()
            .Where(f => f.Position > position)

            // The pull feed is the order feed (its GraphQL type is an order event); stock events go to webhooks.
            .Where(f => f.OrderId != null)
            .OrderBy(f => f.Position)
            .Take(size + 1)
            .ToListAsync(ct);
        var page = rows.Take(size).ToList();
        var end = page.Count > 0 ? FeedCursor.Encode(page[^1].Position) : after;
        return new FeedPage(page, end, rows.Count > size);
    }
}
