using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Headless.Infrastructure.Payments.Webhooks;

/// <summary>
/// The sandbox signature header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" with the secret&gt;</c>.
/// The timestamp is inside the signed text, so it cannot be changed to make an old message look fresh.
/// </summary>
public static class SandboxWebhookSignature
{
    public const string HeaderName = "Sandbox-Signature";

    public static string Sign(string secret, DateTimeOffset timestamp, string body)
    {
        var t = timestamp.ToUnixTimeSeconds();
        return $"t={t},v1={Compute(secret, t, body)}";
    }

    public static SignatureCheck Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        long? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0] == "t" && long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (pair[0] == "v1")
            {
                signatures.Add(pair[1]);
            }
        }

        if (timestamp is null || signatures.Count == 0)
        {
            return SignatureCheck.Malformed;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp.Value, body));
        var anyMatches = false;
        foreach (var signature in signatures)
        {
            anyMatches |= CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.ToLowerInvariant()));
        }

        if (!anyMatches)
        {
            return SignatureCheck.BadSignature;
        }

        // In whole seconds: a timestamp past year 9999 is just very stale, not a date that cannot be built.
        var ageSeconds = Math.Abs((decimal)now.ToUnixTimeSeconds() - timestamp.Value);
        return ageSeconds > (decimal)tolerance.TotalSeconds ? SignatureCheck.Stale : SignatureCheck.Valid;
    }

    private static string Compute(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{body}"))));
}
