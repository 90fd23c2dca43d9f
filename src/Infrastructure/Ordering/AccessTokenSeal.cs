using System.Security.Cryptography;
using System.Text;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Encrypts an order's access token under a key derived from the cart token and the idempotency key of the call
/// that placed it (HKDF-SHA256, then AES-GCM). The database keeps only the cart token's hash, so the seal opens
/// only for a caller who presents the cart token again — the same caller who could repeat the placing call.
/// </summary>
public static class AccessTokenSeal
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int KeySize = 32;

    public static string? Seal(string accessToken, string cartToken, string idempotencyKey)
    {
        if (!AesGcm.IsSupported)
        {
            return null;
        }

        var plaintext = Encoding.UTF8.GetBytes(accessToken);
        var sealedBytes = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(Key(cartToken, idempotencyKey), TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(sealedBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The access token, or null when the seal does not open with these tokens (or is damaged).</summary>
    public static string? Open(string seal, string cartToken, string idempotencyKey)
    {
        if (!AesGcm.IsSupported || !TryDecode(seal, out var sealedBytes) || sealedBytes.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(Key(cartToken, idempotencyKey), TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }

        return Encoding.UTF8.GetString(plaintext);
    }

    private static byte[] Key(string cartToken, string idempotencyKey) =>
        HKDF.DeriveKey(
            HashAlgorithmName.SHA256,
            Encoding.UTF8.GetBytes(cartToken),
            KeySize,
            salt: [],
            info: Encoding.UTF8.GetBytes("headless/order-access-token/" + idempotencyKey));

    private static bool TryDecode(string seal, out byte[] bytes)
    {
        var base64 = seal.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        bytes = new byte[base64.Length];
        if (Convert.TryFromBase64String(base64, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
