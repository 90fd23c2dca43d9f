using System.Security.Cryptography;
using System.Text;

namespace Headless.GraphQL.Transport.Documents;

/// <summary>SHA-256 of a document's UTF-8 text, as lowercase hex: the key of the cache and of trusted documents.</summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    public static string Compute(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hex hash of a document id: <c>sha256:&lt;hex&gt;</c> or bare hex; null for any other form.</summary>
    public static string? FromDocumentId(string documentId)
    {
        var hex = documentId.StartsWith(Prefix, StringComparison.Ordinal) ? documentId[Prefix.Length..] : documentId;
        return hex.Length == 64 && hex.All(Uri.IsHexDigit) ? hex.ToLowerInvariant() : null;
    }
}
