namespace Headless.GraphQL.Tests.Language;

/// <summary>
/// Our parser and printer against graphql-js 16 on the whole corpus: a valid document prints byte for byte as
/// graphql-js prints it; an invalid one fails with the same message at the same line and column.
/// All graphql-js answers come from one Node process.
/// </summary>
public sealed class GraphQLJsDifferentialTests
{
    private static readonly Lazy<Dictionary<string, OracleAnswer>> Reference = new(() =>
    {
        var answers = GraphQLJs.Answer(LanguageCorpus.All);
        return LanguageCorpus.All.Select((c, i) => (c.Name, Answer: answers[i])).ToDictionary(p => p.Name, p => p.Answer);
    });

    public static TheoryData<string> CaseNames => [.. LanguageCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ParsesAndPrintsAsGraphQLJsDoes(string caseName)
    {
        var @case = LanguageCorpus.All.Single(c => c.Name == caseName);
        var expected = Reference.Value[caseName];
        Assert.Null(expected.Crash);

        var actual = GraphQLJs.Ours(@case);

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void CorpusHoldsAtLeastThreeHundredOwnCasesBothValidAndInvalid()
    {
        var answers = LanguageCorpus.OwnCases.Select(c => Reference.Value[c.Name]).ToList();

        Assert.True(answers.Count >= 300, $"only {answers.Count} cases");
        Assert.True(answers.Count(a => a.Printed is not null) >= 100, "fewer than 100 valid cases");
        Assert.True(answers.Count(a => a.Message is not null) >= 100, "fewer than 100 invalid cases");
    }
}
