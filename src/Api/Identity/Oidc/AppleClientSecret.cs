using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// Apple's client secret: a JWT signed (ES256) with the team's Sign in with Apple key, <c>iss</c> the team id,
/// <c>sub</c> the client (Services) id, <c>aud</c> <c>https://appleid.apple.com</c>, valid at most six months. One is
/// made per hour and reused, so a sign-in does not sign a new one each time.
/// </summary>
public sealed class AppleClientSecret
{
    public const string Audience = "https://appleid.apple.com";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly string _teamId;
    private readonly SigningCredentials _credentials;
    private readonly Lock _gate = new();
    private (string Secret, DateTimeOffset RenewAt)? _current;

    /// <summary>Reads the PKCS#8 PEM of the key; throws <see cref="ArgumentException"/> when it is not an EC P-256 private key.</summary>
    public AppleClientSecret(string teamId, string keyId, string privateKeyPem)
    {
        _teamId = teamId;
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(privateKeyPem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new ArgumentException("ApplePrivateKey is not a PEM private key (the content of the .p8 file).", nameof(privateKeyPem), e);
        }

        _credentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.EcdsaSha256);
    }

    public string For(string clientId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_current is { } current && current.RenewAt > now)
            {
                return current.Secret;
            }

            var secret = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = _teamId,
                Audience = Audience,
                Claims = new Dictionary<string, object> { ["sub"] = clientId },
                IssuedAt = now.UtcDateTime,
                NotBefore = now.UtcDateTime,
                Expires = (now + Lifetime).UtcDateTime,
                SigningCredentials = _credentials,
            });
            // Renewed well before it lapses, so a secret sent now is still valid when Apple reads it.
            _current = (secret, now + Lifetime / 2);
            return secret;
        }
    }
}
