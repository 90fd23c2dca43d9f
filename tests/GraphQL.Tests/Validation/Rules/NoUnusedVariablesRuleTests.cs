using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Every variable an operation defines is used by it or its fragments (spec 5.8.4). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void UsedVariableIsValid() =>
        ExpectValid(Rule, "query Q($a: Int) { complicatedArgs { intArgField(intArg: $a) } }");

    [Fact]
    public void UnusedVariableIsReportedAtItsDefinition() =>
        ExpectErrors(
            Rule,
            "query Q($a: Int, $b: String) { complicatedArgs { intArgField(intArg: $a) } }",
            ("Variable \"$b\" is never used in operation \"Q\".", ["1:18"]));

    [Fact]
    public void UseInsideASpreadFragmentCounts() =>
        ExpectValid(Rule, "query Q($a: Int) { ...F } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $a) } }");

    [Fact]
    public void EachOperationIsJudgedOnItsOwnSpreads() =>
        ExpectErrors(
            Rule,
            "query A($a: Int) { ...F } query B($a: Int) { dog { name } } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $a) } }",
            ("Variable \"$a\" is never used in operation \"B\".", ["1:35"]));

    [Fact]
    public void AnonymousOperationMessagesHaveNoName() =>
        ExpectErrors(
            Rule,
            "query ($a: Int, $b: Int) { dog { name } }",
            ("Variable \"$a\" is never used.", ["1:8"]),
            ("Variable \"$b\" is never used.", ["1:17"]));
}
