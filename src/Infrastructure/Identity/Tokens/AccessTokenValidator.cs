using System.Security.Claims;
using Headless.Infrastructure.Identity.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>
/// What makes an access token acceptable, in one place for HTTP (the JwtBearer handler) and WebSocket
/// (<c>connection_init</c>): our issuer and audience, an unexpired ES256 signature by a key of the database's set,
/// and a session that has not been revoked.
/// </summary>
public sealed class AccessTokenValidator(SigningKeyStore keys, HeadlessAuthenticationOptions options)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The parameters the JwtBearer handler and <see cref="ValidateAsync"/> share.</summary>
    public TokenValidationParameters Parameters => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        ValidAlgorithms = [SigningKeyStore.Algorithm],
        ValidTypes = ["at+jwt"],
        ClockSkew = options.ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        NameClaimType = HeadlessClaimTypes.Subject,
        AuthenticationType = "Bearer",
        // Synchronous by the library's contract: it reads the instance's cached set, which LoadKeysForAsync refreshed.
        IssuerSigningKeyResolver = (_, _, kid, _) => ResolveKeys(kid),
    };

    /// <summary>Loads the key set (or reloads it for a <c>kid</c> this instance has not seen) before validation.</summary>
    public ValueTask LoadKeysForAsync(string token, CancellationToken cancellationToken)
    {
        string? kid = null;
        if (_handler.CanReadToken(token))
        {
            try
            {
                kid = _handler.ReadJsonWebToken(token).Kid;
            }
            catch (ArgumentException)
            {
                // Not a JWT at all: validation will say so.
            }
        }

        return keys.EnsureLoadedAsync(kid, cancellationToken);
    }

    /// <summary>The session check of a token whose signature and lifetime were valid: its <c>sid</c> must be active.</summary>
    public static async ValueTask<bool> IsSessionActiveAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!Guid.TryParse(principal.FindFirst(HeadlessClaimTypes.Session)?.Value, out var sessionId))
        {
            return false;
        }

        return await services.GetRequiredService<SessionService>().IsActiveAsync(sessionId, cancellationToken);
    }

    /// <summary>Validates a bearer token outside the HTTP handler (WebSocket); null when it is not acceptable.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 8192)
        {
            return null;
        }

        await LoadKeysForAsync(token, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters);
        if (!result.IsValid)
        {
            return null;
        }

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        return await IsSessionActiveAsync(principal, services, cancellationToken) ? principal : null;
    }

    private IEnumerable<SecurityKey> ResolveKeys(string? kid)
    {
        var cached = keys.CachedValidationKeys;
        var match = cached.Where(k => k.Id == kid).Select(k => k.Key).ToList();
        return match.Count > 0 ? match : cached.Select(k => k.Key);
    }
}
