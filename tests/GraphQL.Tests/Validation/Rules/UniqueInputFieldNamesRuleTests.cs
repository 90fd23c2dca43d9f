using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>An input object literal names each field once (spec 5.6.3). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void DistinctFieldNamesAreValid() =>
        ExpectValid(Rule, "{ dogs(filter: { requiredField: true, intField: 1 }) { name } }");

    [Fact]
    public void RepeatedFieldIsReportedAtBothNames() =>
        ExpectErrors(
            Rule,
            "{ dogs(filter: { requiredField: true, requiredField: false }) { name } }",
            ("There can be only one input field named \"requiredField\".", ["1:18", "1:39"]));

    [Fact]
    public void EachRepetitionIsReportedAgainstTheFirst() =>
        ExpectErrors(
            Rule,
            "{ dogs(filter: { requiredField: true, intField: 1, intField: 2, intField: 3 }) { name } }",
            ("There can be only one input field named \"intField\".", ["1:39", "1:52"]),
            ("There can be only one input field named \"intField\".", ["1:39", "1:65"]));

    [Fact]
    public void TheSameNameAtDifferentDepthsIsValid() =>
        ExpectValid(Rule, "{ dogs(filter: { requiredField: true, nested: { intField: 1 }, intField: 2 }) { name } }");

    [Fact]
    public void RepeatedFieldInANestedObjectIsReported() =>
        ExpectErrors(
            Rule,
            "{ dogs(filter: { requiredField: true, nested: { intField: 1, intField: 2 } }) { name } }",
            ("There can be only one input field named \"intField\".", ["1:49", "1:62"]));
}
