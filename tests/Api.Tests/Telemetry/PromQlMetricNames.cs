using System.Text.RegularExpressions;

namespace Headless.Api.Tests.Telemetry;

/// <summary>
/// The metric names a PromQL expression reads: what is left after removing strings, label matchers, durations,
/// grouping clauses and function calls. Enough for the expressions in <c>ops/</c>; not a PromQL parser.
/// </summary>
public static partial class PromQlMetricNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset",
    };

    public static IReadOnlyList<string> Of(string expression)
    {
        var stripped = Strings().Replace(expression, "");
        stripped = Matchers().Replace(stripped, "");
        stripped = Ranges().Replace(stripped, "");
        stripped = Grouping().Replace(stripped, "");
        return [.. Identifiers().Matches(stripped)
            .Where(m => !IsFunctionCall(stripped, m) && !Keywords.Contains(m.Value))
            .Select(m => m.Value)
            .Distinct()];
    }

    private static bool IsFunctionCall(string text, Match match)
    {
        var next = match.Index + match.Length;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && text[next] == '(';
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*(?![\w.])")]
    private static partial Regex Identifiers();
}
