using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>A field or directive names each argument once (spec 5.4.2). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void DistinctArgumentsAreValid() =>
        ExpectValid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }");

    [Fact]
    public void RepeatedFieldArgumentIsReportedAtBoth() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs(req1: 1, req1: 2) } }",
            ("There can be only one argument named \"req1\".", ["1:34", "1:43"]));

    [Fact]
    public void RepeatedDirectiveArgumentIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name @skip(if: true, if: false) } }",
            ("There can be only one argument named \"if\".", ["1:20", "1:30"]));

    [Fact]
    public void TripleArgumentIsOneErrorWithAllLocations() =>
        ExpectErrors(
            Rule,
            "{ dog { isAtLocation(x: 1, x: 2, x: 3) } }",
            ("There can be only one argument named \"x\".", ["1:22", "1:28", "1:34"]));

    [Fact]
    public void SameArgumentOnDifferentFieldsIsValid() =>
        ExpectValid(Rule, "{ dog { isAtLocation(x: 1) doesKnowCommand(dogCommand: SIT) } cat: dog { isAtLocation(x: 2) } }");
}
