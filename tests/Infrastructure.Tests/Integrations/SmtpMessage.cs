using System.Text;
using System.Text.RegularExpressions;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>A message the listener accepted: envelope and raw data, with helpers that undo the MIME encodings the client used.</summary>
internal sealed partial record SmtpMessage(string From, IReadOnlyList<string> Recipients, string Data)
{
    public string Header(string name)
    {
        var match = Regex.Match(Data, $"^{Regex.Escape(name)}: (.*(?:\r\n[ \t].*)*)", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        return match.Success ? DecodeWords(match.Groups[1].Value.Replace("\r\n", "", StringComparison.Ordinal).Trim()) : "";
    }

    /// <summary>The whole data with quoted-printable and base64 bodies decoded, good enough to search for text.</summary>
    public string DecodedBody()
    {
        var unfolded = Data.Replace("=\r\n", "", StringComparison.Ordinal);
        var qp = HexEscape().Replace(unfolded, m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString());
        var decoded = new StringBuilder(qp);
        foreach (Match block in Base64Block().Matches(Data))
        {
            try
            {
                decoded.Append('\n').Append(Encoding.UTF8.GetString(Convert.FromBase64String(block.Value.Replace("\r\n", "", StringComparison.Ordinal))));
            }
            catch (FormatException)
            {
            }
        }

        return decoded.ToString();
    }

    private static string DecodeWords(string value) => EncodedWord().Replace(value, m => m.Groups[2].Value.ToUpperInvariant() == "B"
        ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
        : HexEscape().Replace(m.Groups[3].Value.Replace('_', ' '), h => ((char)Convert.ToByte(h.Groups[1].Value, 16)).ToString()));

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*")]
    private static partial Regex EncodedWord();

    [GeneratedRegex("=([0-9A-F]{2})")]
    private static partial Regex HexEscape();

    [GeneratedRegex(@"(?<=\r\n\r\n)(?:[A-Za-z0-9+/=]{20,}\r\n)+")]
    private static partial Regex Base64Block();
}
