using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Infrastructure.Identity.Tokens;

public sealed class AccessTokenIssuer(SigningKeyStore keys, HeadlessAuthenticationOptions options, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<IssuedAccessToken> IssueAsync(string subject, string kind, IReadOnlyCollection<string> permissions, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentNullException.ThrowIfNull(permissions);
        var (_, credentials) = await keys.GetSigningCredentialsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Whole seconds, as exp is: the expiry we report is exactly the one in the token.
        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var expires = issuedAt + options.AccessTokenLifetime;
        var claims = new List<Claim>
        {
            new(HeadlessClaimTypes.Subject, subject),
            new(HeadlessClaimTypes.Kind, kind),
            new(HeadlessClaimTypes.Session, sessionId),
            new(JwtRegisteredClaimNames.Jti, Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12))),
        };
        claims.AddRange(permissions.Distinct(StringComparer.Ordinal).Select(p => new Claim(HeadlessClaimTypes.Permission, p)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = credentials,
            TokenType = "at+jwt",
        });
        return new IssuedAccessToken(token, expires);
    }
}
