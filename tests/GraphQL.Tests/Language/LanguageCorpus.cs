using System.Text.Json;
using Headless.GraphQL.Tests.Support;

namespace Headless.GraphQL.Tests.Language;

/// <summary>
/// The differential corpus: graphql-js's fixtures whole, plus our cases from Corpus/*.graphql (each case starts
/// with a line <c>#&gt;&gt;&gt; name</c>, or <c>#&gt;&gt;&gt; value: name</c> / <c>#&gt;&gt;&gt; type: name</c> for the
/// single-value and single-type entry points) and Corpus/*.json (cases whose characters a text file would not keep:
/// BOMs, carriage returns, control characters, lone surrogates, trailing spaces).
/// </summary>
internal static class LanguageCorpus
{
    private const string Marker = "#>>> ";

    public static IReadOnlyList<CorpusCase> ReferenceFixtures { get; } =
    [
        Fixture("graphql-js/kitchen-sink.graphql"),
        Fixture("graphql-js/kitchen-sink-query.graphql"),
        Fixture("graphql-js/schema-kitchen-sink.graphql"),
        Fixture("graphql-js/github-schema.graphql"),
        Fixture("introspection-query.graphql"),
    ];

    public static IReadOnlyList<CorpusCase> OwnCases { get; } = LoadOwnCases();

    public static IReadOnlyList<CorpusCase> All { get; } = [.. ReferenceFixtures, .. OwnCases];

    private static CorpusCase Fixture(string path) => new("fixture " + path, "document", Fixtures.Read(path));

    private static List<CorpusCase> LoadOwnCases()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Language", "Corpus");
        var cases = new List<CorpusCase>();
        foreach (var file in Directory.GetFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            cases.AddRange(ReadTextCases(file));
        }

        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in json.RootElement.EnumerateArray())
            {
                var kind = item.TryGetProperty("kind", out var k) ? k.GetString()! : "document";
                cases.Add(new CorpusCase(Path.GetFileNameWithoutExtension(file) + "/" + item.GetProperty("name").GetString(), kind, JsonLiteral.Decode(item.GetProperty("source"))));
            }
        }

        var duplicates = cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException("Corpus case names must be unique: " + string.Join(", ", duplicates));
        }

        return cases;
    }

    private static IEnumerable<CorpusCase> ReadTextCases(string file)
    {
        var prefix = Path.GetFileNameWithoutExtension(file) + "/";
        string? header = null;
        var lines = new List<string>();
        foreach (var line in File.ReadAllText(file).Split('\n'))
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                if (header is not null)
                {
                    yield return ToCase(prefix, header, lines);
                }

                header = line[Marker.Length..].Trim();
                lines.Clear();
            }
            else if (header is not null)
            {
                lines.Add(line);
            }
        }

        if (header is not null)
        {
            yield return ToCase(prefix, header, lines);
        }
    }

    private static CorpusCase ToCase(string prefix, string header, List<string> lines)
    {
        // The line break before the next marker belongs to the file layout, not to the case.
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var source = string.Join('\n', lines);
        foreach (var kind in new[] { "value", "type" })
        {
            if (header.StartsWith(kind + ": ", StringComparison.Ordinal))
            {
                return new CorpusCase(prefix + header, kind, source);
            }
        }

        return new CorpusCase(prefix + header, "document", source);
    }
}
