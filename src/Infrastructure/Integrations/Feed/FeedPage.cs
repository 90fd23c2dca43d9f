namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// One page of the pull feed. <see cref="EndCursor"/> is the cursor of the last entry, or the one passed in when
/// the page is empty, so a poller can always send it back; <see cref="HasNextPage"/> says whether more are ready now.
/// </summary>
public sealed record FeedPage(IReadOnlyList<FeedEntry> Entries, string? EndCursor, bool HasNextPage);
