using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Every variable used is defined by each operation that reaches it (spec 5.8.3). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void DefinedVariableIsValid() =>
        ExpectValid(Rule, "query Q($a: Int) { complicatedArgs { intArgField(intArg: $a) } }");

    [Fact]
    public void UndefinedVariableIsReportedAtUseAndOperation() =>
        ExpectErrors(
            Rule,
            "query Q { complicatedArgs { intArgField(intArg: $a) } }",
            ("Variable \"$a\" is not defined by operation \"Q\".", ["1:49", "1:1"]));

    [Fact]
    public void UndefinedVariableInsideAFragmentIsReportedForTheOperation() =>
        ExpectErrors(
            Rule,
            "query Q($a: Int) { ...F } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $b) } }",
            ("Variable \"$b\" is not defined by operation \"Q\".", ["1:91", "1:1"]));

    [Fact]
    public void AnonymousOperationMessagesHaveNoName() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { intArgField(intArg: $a) stringArgField(stringArg: $b) } }",
            ("Variable \"$a\" is not defined.", ["1:41", "1:1"]),
            ("Variable \"$b\" is not defined.", ["1:71", "1:1"]));

    [Fact]
    public void SharedFragmentIsCheckedAgainstEachOperation() =>
        ExpectErrors(
            Rule,
            "query A { ...F } query B($x: Int) { ...F } fragment F on QueryRoot { complicatedArgs { intArgField(intArg: $x) } }",
            ("Variable \"$x\" is not defined by operation \"A\".", ["1:108", "1:1"]));
}
