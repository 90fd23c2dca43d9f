namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>A signed access token and the moment it stops being accepted.</summary>
public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt)
{
    // Records print their members; a token must never reach a log line.
    public override string ToString() => $"IssuedAccessToken (expires {ExpiresAt:O})";
}
