using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>A key that may still validate tokens, with the last moment a token it signed can be valid.</summary>
public sealed record ValidationKey(string Id, SecurityKey Key, DateTimeOffset? ValidUntil);
