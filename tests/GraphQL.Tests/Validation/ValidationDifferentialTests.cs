using Headless.GraphQL.Language;
using Headless.GraphQL.Validation;
using Xunit.Abstractions;

namespace Headless.GraphQL.Tests.Validation;

/// <summary>
/// Validates every corpus document (Cases/*.graphql) with our validator and with graphql-js on the same schema,
/// and demands the same verdict, the same set of error locations, and the same messages.
/// </summary>
public sealed class ValidationDifferentialTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<ValidationCase> Cases = ValidationCase.LoadAll();
    private static readonly Lazy<IReadOnlyList<OracleVerdict>> Oracle = new(() => ValidationOracle.Validate(ValidationSchema.Sdl, [.. Cases.Select(c => c.Document)]));
    private static readonly Lazy<IReadOnlyList<OracleVerdict>> OracleWithoutSuggestions =
        new(() => ValidationOracle.Validate(ValidationSchema.Sdl, [.. Cases.Select(c => c.Document)], hideSuggestions: true));

    [Fact]
    public void CorpusHoldsAtLeastFourHundredDocumentsThatGraphQLJsValidates()
    {
        Assert.True(Cases.Count >= 400, $"Only {Cases.Count} cases.");
        var failures = Cases.Zip(Oracle.Value).Where(p => p.Second.Failure is not null).Select(p => $"{p.First}: {p.Second.Failure}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryDocumentGetsGraphQLJsVerdictAndErrorLocations()
    {
        var mismatches = new List<string>();
        var invalid = 0;
        foreach (var (@case, verdict) in Cases.Zip(Oracle.Value))
        {
            var ours = Ours(@case);
            var theirs = verdict.Errors ?? [];
            invalid += theirs.Count > 0 ? 1 : 0;
            var ourLocations = ours.Select(e => e.LocationKey).Order(StringComparer.Ordinal).ToList();
            var theirLocations = theirs.Select(e => e.LocationKey).Order(StringComparer.Ordinal).ToList();
            if ((ours.Count == 0) != (theirs.Count == 0) || !ourLocations.SequenceEqual(theirLocations))
            {
                mismatches.Add($"{@case}\n  graphql-js: {Describe(theirs)}\n  ours:       {Describe(ours)}");
            }
        }

        output.WriteLine($"{Cases.Count} documents, {invalid} invalid per graphql-js, {Cases.Count - mismatches.Count} with the same verdict and locations.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {Cases.Count} differ:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void EveryErrorMessageMatchesGraphQLJs() => AssertSameMessages(Oracle.Value, hideSuggestions: false);

    [Fact]
    public void HiddenSuggestionsMatchGraphQLJsHideSuggestions() => AssertSameMessages(OracleWithoutSuggestions.Value, hideSuggestions: true);

    [Fact]
    public void EveryRuleRejectsAtLeastTenCorpusDocumentsOnItsOwn()
    {
        var documents = Cases.Select(c => Parser.Parse(c.Document)).ToList();
        var counts = SpecifiedRules.All.ToDictionary(
            rule => rule.GetType().Name,
            rule => documents.Count(d => DocumentValidator.Validate(ValidationSchema.Instance, d, [rule]).Count > 0));
        foreach (var (rule, count) in counts)
        {
            output.WriteLine($"{rule}: {count}");
        }

        var thin = counts.Where(c => c.Value < 10).Select(c => $"{c.Key} ({c.Value})").ToList();
        Assert.True(thin.Count == 0, "Rules with fewer than 10 invalid documents: " + string.Join(", ", thin));
    }

    private void AssertSameMessages(IReadOnlyList<OracleVerdict> oracle, bool hideSuggestions)
    {
        var mismatches = new List<string>();
        var matched = 0;
        var total = 0;
        foreach (var (@case, verdict) in Cases.Zip(oracle))
        {
            var ours = Ours(@case, hideSuggestions).Select(e => $"{e.LocationKey} {e.Message}").Order(StringComparer.Ordinal).ToList();
            var theirs = (verdict.Errors ?? []).Select(e => $"{e.LocationKey} {e.Message}").Order(StringComparer.Ordinal).ToList();
            total += theirs.Count;
            matched += theirs.Count(t => ours.Contains(t));
            if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"{@case}\n  graphql-js: {string.Join("\n              ", theirs)}\n  ours:       {string.Join("\n              ", ours)}");
            }
        }

        output.WriteLine($"{matched} of {total} graphql-js errors matched exactly (message and locations).");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} documents with different messages:\n" + string.Join("\n", mismatches));
    }

    private static List<ReportedError> Ours(ValidationCase @case, bool hideSuggestions = false) =>
        [.. DocumentValidator.Validate(ValidationSchema.Instance, Parser.Parse(@case.Document), hideSuggestions: hideSuggestions).Select(ReportedError.From)];

    private static string Describe(IReadOnlyList<ReportedError> errors) =>
        errors.Count == 0 ? "valid" : string.Join(" | ", errors.Select(e => $"[{e.LocationKey}] {e.Message}"));
}
