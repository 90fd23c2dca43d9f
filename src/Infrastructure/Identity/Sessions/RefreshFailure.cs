namespace Headless.Infrastructure.Identity.Sessions;

public enum RefreshFailure
{
    /// <summary>Unknown, expired, or its session has ended.</summary>
    Invalid,

    /// <summary>Already exchanged once: the session has now been revoked.</summary>
    Reused,
}
