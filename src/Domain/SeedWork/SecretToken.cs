using System.Security.Cryptography;
using System.Text;

namespace Headless.Domain.SeedWork;

/// <summary>
/// Bearer secrets (cart tokens, guest order tokens): 256 random bits, URL-safe, kept by the database only as
/// a SHA-256 hash so a leaked table opens nothing. The secret has full entropy, so an unsalted fast hash is
/// enough and still lets the hash be an indexed lookup key.
/// </summary>
public static class SecretToken
{
    public const int ByteLength = 32;

    public static string Generate() => Base64Url(RandomNumberGenerator.GetBytes(ByteLength));

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Constant-time comparison of a presented token with a stored hash.</summary>
    public static bool Matches(string? token, string storedHash)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 256)
        {
            return false;
        }

        var presented = Encoding.ASCII.GetBytes(Hash(token));
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(presented, stored);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
