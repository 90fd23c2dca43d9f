using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Every fragment defined is spread by some operation (spec 5.5.1.4). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void FragmentsReachedThroughOtherFragmentsAreUsed() =>
        ExpectValid(Rule, "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");

    [Fact]
    public void UnusedFragmentIsReportedAtItsDefinition() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } fragment Unused on Dog { name }",
            ("Fragment \"Unused\" is never used.", ["1:18"]));

    [Fact]
    public void FragmentsUsedOnlyByUnusedFragmentsAreReportedToo() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } fragment A on Dog { ...B } fragment B on Dog { name }",
            ("Fragment \"A\" is never used.", ["1:18"]),
            ("Fragment \"B\" is never used.", ["1:45"]));
}
