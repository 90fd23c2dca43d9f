namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>An <c>after</c> value that this feed never issued (API code <c>INVALID_CURSOR</c>).</summary>
public sealed class FeedCursorException() : Exception("The cursor is not one this feed issued; pass an endCursor or cursor from an earlier page, or none to start from the beginning.")
{
    public const string Code = "INVALID_CURSOR";
}
