using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void StringIsNotAnInt() =>
        ExpectErrors(Rule, "{ complicatedArgs { intArgField(intArg: \"3\") } }", ("Int cannot represent non-integer value: \"3\"", ["1:41"]));

    [Fact]
    public void UnknownEnumValueSuggestsTheClosest() =>
        ExpectErrors(Rule, "{ dog { doesKnowCommand(dogCommand: HEAL) } }",
            ("Value \"HEAL\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"HEEL\"?", ["1:37"]));

    [Fact]
    public void MissingRequiredInputFieldIsReported() =>
        ExpectErrors(Rule, "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", ["1:49"]));

    [Fact]
    public void OneOfTakesExactlyOneField() =>
        ExpectErrors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"a\", intField: 1 }) } }",
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", ["1:45"]));

    [Fact]
    public void OneOfFieldMustNotBeNull() =>
        ExpectErrors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }",
            ("Field \"OneOfInput.stringField\" must be non-null.", ["1:45"]));

    [Fact]
    public void SingleValueCoercesToList() =>
        ExpectValid(Rule, "{ complicatedArgs { stringListArgField(stringListArg: \"one\") } }");
}
