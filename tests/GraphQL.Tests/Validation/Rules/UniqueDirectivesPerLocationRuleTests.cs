using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>A non-repeatable directive appears once per location (spec 5.7.3). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void DifferentDirectivesAreValid() =>
        ExpectValid(Rule, "{ dog @onField @skip(if: false) { name } }");

    [Fact]
    public void RepeatedDirectiveIsReportedAtBoth() =>
        ExpectErrors(
            Rule,
            "{ dog @onField @onField { name } }",
            ("The directive \"@onField\" can only be used once at this location.", ["1:7", "1:16"]));

    [Fact]
    public void RepeatableDirectiveMayRepeat() =>
        ExpectValid(Rule, "{ dog @repeatable @repeatable { name } }");

    [Fact]
    public void SameDirectiveAtDifferentLocationsIsValid() =>
        ExpectValid(Rule, "{ dog @onField { name @onField } }");

    [Fact]
    public void EachRepetitionIsReported() =>
        ExpectErrors(
            Rule,
            "query Q @onQuery @onQuery @onQuery { dog { name } }",
            ("The directive \"@onQuery\" can only be used once at this location.", ["1:9", "1:18"]),
            ("The directive \"@onQuery\" can only be used once at this location.", ["1:9", "1:27"]));
}
