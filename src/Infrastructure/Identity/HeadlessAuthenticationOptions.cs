namespace Headless.Infrastructure.Identity;

/// <summary>Settings under <c>Authentication</c>: token lifetimes and how long each instance caches what it reads.</summary>
public sealed class HeadlessAuthenticationOptions
{
    public const string SectionName = "Authentication";

    /// <summary>The <c>iss</c> of issued tokens and the only issuer accepted.</summary>
    public string Issuer { get; set; } = "headless";

    /// <summary>The <c>aud</c> of issued tokens and the only audience accepted.</summary>
    public string Audience { get; set; } = "headless";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a session lasts from sign-in, however often it is refreshed.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Tolerated clock difference between instances when checking <c>exp</c>/<c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an open WebSocket checks that the session of its access token is still active.</summary>
    public TimeSpan WebSocketSessionCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A key older than this is replaced by a new one at the next token issued; zero never rotates by age.</summary>
    public TimeSpan SigningKeyRotationInterval { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an instance trusts its copy of the key set (an unknown <c>kid</c> reloads it sooner).</summary>
    public TimeSpan SigningKeyCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long an instance trusts that a session was not revoked; a revocation reaches other instances within this.
    /// Zero reads the database on every request.
    /// </summary>
    public TimeSpan SessionCheckCacheDuration { get; set; } = TimeSpan.FromSeconds(10);
}
