namespace Headless.Infrastructure.Identity.Sessions;

/// <summary>A session's id and its current refresh token (shown to the client once, stored hashed).</summary>
public sealed record SessionTokens(Guid SessionId, string Subject, string Kind, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt)
{
    public override string ToString() => $"SessionTokens {SessionId} (refresh token expires {RefreshTokenExpiresAt:O})";
}
