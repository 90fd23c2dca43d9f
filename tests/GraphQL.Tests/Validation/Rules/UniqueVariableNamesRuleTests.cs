using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>An operation defines each variable once (spec 5.8.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void DistinctVariablesAreValid() =>
        ExpectValid(Rule, "query Q($a: Int, $b: Int) { dog { name } }");

    [Fact]
    public void RepeatedVariableIsOneErrorWithEveryDefinition() =>
        ExpectErrors(
            Rule,
            "query Q($a: Int, $a: Int, $a: String) { dog { name } }",
            ("There can be only one variable named \"$a\".", ["1:10", "1:19", "1:28"]));

    [Fact]
    public void SameVariableInTwoOperationsIsValid() =>
        ExpectValid(Rule, "query A($a: Int) { dog { name } } query B($a: Int) { dog { name } }");
}
