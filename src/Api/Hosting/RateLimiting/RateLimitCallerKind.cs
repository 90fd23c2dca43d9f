namespace Headless.Api.Hosting.RateLimiting;

/// <summary>Whose budget a write counts against.</summary>
public enum RateLimitCallerKind
{
    /// <summary>Anonymous (or staff): the client address.</summary>
    Address,

    Customer,

    ApiKey,
}
