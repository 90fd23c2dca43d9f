using System.Text;
using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

/// <summary>
/// Random mutations of corpus documents (seeded, so every run sees the same ones): the parser either parses or
/// throws <see cref="GraphQLSyntaxException"/> — nothing else, no hang — and graphql-js agrees on every mutant.
/// </summary>
public sealed class ParserFuzzTests
{
    private const int MutantCount = 6000;

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "\"", "\"\"\"", "\\", "\\\"\"\"", "$", "@", "...", "..", ".", ":", "=", "!", "|", "&",
        "#", "\n", "\r", "\r\n", "\t", " ", ",", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0000", "\u00e9", "'",
        "0", "1", "-", "e", "E", "+", "0x", "01", "1.", ".5", "on", "query", "fragment", "extend", "type", "schema",
        "directive", "repeatable", "implements", "true", "null", "\\u", "\\u{", "\\uD83D", "\\uDE00", "\\n", "}", "_",
    ];

    private static readonly Lazy<IReadOnlyList<string>> Mutants = new(CreateMutants);

    [Fact]
    public async Task MutatedDocumentsEitherParseOrFailWithASyntaxError()
    {
        var run = Task.Run(() =>
        {
            foreach (var mutant in Mutants.Value)
            {
                try
                {
                    var document = Parser.Parse(mutant, ParserOptions.Trusted);
                    var printed = Printer.Print(document);

                    // Printing is canonical: what it prints parses back to the same text.
                    Assert.Equal(printed, Printer.Print(Parser.Parse(printed, ParserOptions.Trusted)));
                }
                catch (GraphQLSyntaxException error)
                {
                    Assert.InRange(error.Line, 1, mutant.Length + 1);
                    Assert.InRange(error.Column, 1, mutant.Length + 1);
                }
                catch (Exception error)
                {
                    Assert.Fail($"{error.GetType().Name} for {Escape(mutant)}: {error}");
                }
            }
        });

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == run, "parsing the mutants did not finish in 30 s");
        await run;
    }

    [Fact]
    public void MutatedDocumentsParseAndFailAsGraphQLJsDoes()
    {
        var cases = Mutants.Value.Select((source, i) => new CorpusCase("mutant " + i, "document", source)).ToList();
        var expected = GraphQLJs.Answer(cases);

        var mismatches = cases
            .Select((c, i) => (Case: c, Expected: expected[i], Actual: GraphQLJs.Ours(c)))
            .Where(r => r.Expected.ToString() != r.Actual.ToString())
            .Take(5)
            .Select(r => $"{Escape(r.Case.Source)}\n  graphql-js: {r.Expected}\n  ours: {r.Actual}")
            .ToList();

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static List<string> CreateMutants()
    {
        var random = new Random(20251121);
        var seeds = LanguageCorpus.OwnCases.Where(c => c.Kind == "document" && c.Source.Length > 0)
            .Select(c => c.Source)
            .Append(Fixtures.Read("graphql-js/kitchen-sink.graphql"))
            .Append(Fixtures.Read("graphql-js/schema-kitchen-sink.graphql"))
            .ToList();

        var mutants = new List<string>(MutantCount);
        while (mutants.Count < MutantCount)
        {
            var text = new StringBuilder(seeds[random.Next(seeds.Count)]);
            var edits = 1 + random.Next(4);
            for (var i = 0; i < edits; i++)
            {
                Mutate(text, random);
            }

            mutants.Add(text.ToString());
        }

        return mutants;
    }

    private static void Mutate(StringBuilder text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0 when text.Length > 0:
                // Delete a short span.
                var length = Math.Min(1 + random.Next(8), text.Length - Math.Min(at, text.Length - 1));
                text.Remove(Math.Min(at, text.Length - 1), Math.Max(1, length));
                break;
            case 1 when text.Length > 0:
                // Duplicate a span elsewhere.
                var start = random.Next(text.Length);
                var span = text.ToString(start, Math.Min(1 + random.Next(20), text.Length - start));
                text.Insert(random.Next(text.Length + 1), span);
                break;
            case 2 when text.Length > 0:
                // Cut the document short.
                text.Length = at == text.Length ? at - 1 : at;
                break;
            case 3:
                text.Insert(at, (char)random.Next(0x20, 0x7F));
                break;
            default:
                text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                break;
        }
    }

    private static string Escape(string source)
    {
        var text = new StringBuilder("\"");
        foreach (var c in source)
        {
            text.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return text.Append('"').ToString();
    }
}
