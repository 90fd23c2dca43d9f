using System.Text;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>A close frame's reason may hold at most 123 bytes of UTF-8 (RFC 6455 §5.5); longer ones would throw.</summary>
internal static class CloseReason
{
    public const int MaxBytes = 123;

    public static string Fit(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= MaxBytes)
        {
            return reason;
        }

        var length = reason.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > MaxBytes - 3)
        {
            length--;
        }

        // Never split a surrogate pair.
        if (length > 0 && char.IsHighSurrogate(reason[length - 1]))
        {
            length--;
        }

        return string.Concat(reason.AsSpan(0, length), "...");
    }
}
