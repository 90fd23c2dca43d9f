using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Standard Webhooks signing: headers <c>webhook-id</c>, <c>webhook-timestamp</c> (unix seconds) and
/// <c>webhook-signature: v1,&lt;base64 HMAC-SHA256(key, "id.timestamp.body")&gt;</c>, where the key is the base64
/// after <c>whsec_</c> in the endpoint's secret. Id and timestamp are inside the signed text, so neither can be
/// swapped to replay an old body as new.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public const string SecretPrefix = "whsec_";

    /// <summary>A new random secret (24 bytes of key) in the <c>whsec_</c> form.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <exception cref="ArgumentException">Not <c>whsec_</c> and base64 of at least 16 bytes.</exception>
    public static byte[] KeyFrom(string secret)
    {
        if (secret is null || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A webhook secret starts with {SecretPrefix} followed by base64.", nameof(secret));
        }

        var key = new byte[secret.Length];
        if (!Convert.TryFromBase64String(secret[SecretPrefix.Length..], key, out var length) || length < 16)
        {
            throw new ArgumentException($"A webhook secret is {SecretPrefix} followed by the base64 of at least 16 random bytes.", nameof(secret));
        }

        return key[..length];
    }

    public static string Sign(string secret, string id, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(KeyFrom(secret), Encoding.UTF8.GetBytes(SignedText(id, timestamp, body))));

    /// <summary>
    /// True when one of the space-separated signatures in <paramref name="signatureHeader"/> matches (a receiver
    /// may see several during a secret rotation) and the timestamp is within <paramref name="tolerance"/> of now.
    /// </summary>
    public static bool Verify(string secret, string id, string timestamp, string body, string signatureHeader, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs((decimal)now.ToUnixTimeSeconds() - seconds) > (decimal)tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, seconds, body));
        return signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(false, (any, candidate) => any | CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(candidate)));
    }

    private static string SignedText(string id, long timestamp, string body) =>
        string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}.{body}");
}
