namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>
/// One signed-in session: a family of refresh tokens, each replacing the one before. Its id is the <c>sid</c> claim
/// of every access token issued in it, so revoking the session ends those tokens too.
/// </summary>
public sealed class AuthSession
{
    public AuthSession(Guid id, string subject, string kind, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        Subject = subject;
        Kind = kind;
        CreatedAt = createdAt.ToUniversalTime();
        LastUsedAt = CreatedAt;
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    /// <summary>The account's id (the <c>sub</c> claim).</summary>
    public string Subject { get; private set; }

    /// <summary>One of <see cref="CallerKinds"/>.</summary>
    public string Kind { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastUsedAt { get; private set; }

    /// <summary>The session ends here however often it is refreshed.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Why it ended (<see cref="SessionRevocationReasons"/>), for the account's own review.</summary>
    public string? RevokedReason { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Touch(DateTimeOffset at) => LastUsedAt = at.ToUniversalTime();

    public void Revoke(DateTimeOffset at, string reason)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at.ToUniversalTime();
            RevokedReason = reason;
        }
    }
}
