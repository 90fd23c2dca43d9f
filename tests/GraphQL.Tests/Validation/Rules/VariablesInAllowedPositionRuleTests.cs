using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void NonNullVariableFitsNullablePosition() =>
        ExpectValid(Rule, "query ($i: Int!) { complicatedArgs { intArgField(intArg: $i) } }");

    [Fact]
    public void NullableVariableWithDefaultFitsNonNullPosition() =>
        ExpectValid(Rule, "query ($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }");

    [Fact]
    public void NullableVariableInNonNullPositionIsReportedThroughNestedFragments() =>
        ExpectErrors(Rule, "query ($i: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { ...G } fragment G on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }",
            ("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", ["1:8", "1:151"]));

    [Fact]
    public void OneOfFieldsNeedNonNullVariables() =>
        ExpectErrors(Rule, "query ($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }",
            ("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", ["1:8", "1:79"]));
}
