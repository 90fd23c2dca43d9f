namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>
/// One refresh token of a session, stored as its SHA-256 only. Exchanging it marks it used; presenting a used one
/// again is a reuse, which revokes the whole session.
/// </summary>
public sealed class RefreshToken
{
    public RefreshToken(Guid id, Guid sessionId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        SessionId = sessionId;
        TokenHash = tokenHash;
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was exchanged for its successor; set at most once (a conditional update).</summary>
    public DateTimeOffset? UsedAt { get; private set; }
}
