namespace Headless.Infrastructure.Identity.Tokens;

/// <summary>
/// A key that signs access tokens. The private half is stored protected by ASP.NET Core Data Protection (whose key
/// ring lives in the same database), the public half in the clear; every instance reads the set, so any instance
/// validates a token any other issued.
/// </summary>
public sealed class SigningKey
{
    public SigningKey(string id, string algorithm, string publicKey, string protectedPrivateKey, DateTimeOffset createdAt)
    {
        Id = id;
        Algorithm = algorithm;
        PublicKey = publicKey;
        ProtectedPrivateKey = protectedPrivateKey;
        CreatedAt = createdAt.ToUniversalTime();
        ActivatedAt = CreatedAt;
    }

    /// <summary>The JWT <c>kid</c>.</summary>
    public string Id { get; private set; }

    /// <summary>The JWS algorithm, e.g. <c>ES256</c>.</summary>
    public string Algorithm { get; private set; }

    /// <summary>SubjectPublicKeyInfo, base64.</summary>
    public string PublicKey { get; private set; }

    /// <summary>PKCS#8 private key, base64, then protected with Data Protection.</summary>
    public string ProtectedPrivateKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>From when it signs new tokens.</summary>
    public DateTimeOffset ActivatedAt { get; private set; }

    /// <summary>From when it signs no more; tokens it signed stay valid until they expire.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public void Retire(DateTimeOffset at) => RetiredAt ??= at.ToUniversalTime();
}
