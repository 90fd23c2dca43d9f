using System.Buffers;
using System.Text;

namespace Headless.GraphQL.Language;

/// <summary>Block strings (<c>"""..."""</c>): the spec's BlockStringValue() and graphql-js's way of printing them.</summary>
public static class BlockString
{
    /// <summary>
    /// The spec's BlockStringValue(): removes the indentation common to all lines but the first, then the
    /// leading and trailing blank lines.
    /// </summary>
    public static IReadOnlyList<string> DedentBlockStringLines(IReadOnlyList<string> lines)
    {
        var value = Value(string.Join('\n', lines));
        return value.Length == 0 ? [] : value.Split('\n');
    }

    /// <summary>
    /// The spec's BlockStringValue() of a raw block string (the text between the quotes, escapes already replaced),
    /// computed over the source text: one pass for the indentation and the blank lines, one to copy what stays.
    /// </summary>
    internal static string Value(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        var position = 0;
        for (var index = 0; NextLine(raw, ref position, out var line); index++)
        {
            var indent = line.IndexOfAnyExcept(' ', '\t');
            if (indent < 0)
            {
                continue;
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = index;
            }

            lastNonEmptyLine = index;
            if (index != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        // The value is never longer than the raw text: lines only lose indentation, and "\r\n" becomes "\n".
        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        var written = 0;
        position = 0;
        for (var index = 0; NextLine(raw, ref position, out var line) && index <= lastNonEmptyLine; index++)
        {
            if (index < firstNonEmptyLine)
            {
                continue;
            }

            if (index > firstNonEmptyLine)
            {
                buffer[written++] = '\n';
            }

            var kept = index == 0 ? line : line.Length <= commonIndent ? [] : line[commonIndent..];
            kept.CopyTo(buffer.AsSpan(written));
            written += kept.Length;
        }

        var value = new string(buffer, 0, written);
        ArrayPool<char>.Shared.Return(buffer);
        return value;
    }

    /// <summary>The line of <paramref name="text"/> at <paramref name="position"/>, ended by \r\n, \n, \r or the end.</summary>
    private static bool NextLine(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position > text.Length)
        {
            line = default;
            return false;
        }

        var rest = text[position..];
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            line = rest;
            position = text.Length + 1;
            return true;
        }

        line = rest[..end];
        position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return true;
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string as graphql-js does: on its own lines when that reads better
    /// or is needed (a trailing quote or backslash, lines that start with white space), on one line otherwise.
    /// </summary>
    public static string PrintBlockString(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;

        // Lines after the first that all start with white space would lose it to dedenting, unless a new line leads.
        var forceLeadingNewLine = lines.Count > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");

        // A single line starting with white space would lose it if a new line led.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>Whether <paramref name="value"/> survives a round trip through a block string unchanged.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;

        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u000F'):
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>Splits on \r\n, \n and \r, as the spec's LineTerminator.</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    private static bool IsWhiteSpace(char c) => c == '\t' || c == ' ';
}
