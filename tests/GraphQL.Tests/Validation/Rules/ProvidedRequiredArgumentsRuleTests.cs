using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Required arguments of fields and directives are given (spec 5.4.2.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void RequiredArgumentsGivenAndDefaultedOnesOmittedAreValid() =>
        ExpectValid(Rule, "{ complicatedArgs { multipleReqs(req1: 1, req2: 2) nonNullFieldWithDefault } }");

    [Fact]
    public void OneMissingRequiredArgumentIsReportedAtTheField() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs(req2: 2) } }",
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", ["1:21"]));

    [Fact]
    public void EachMissingRequiredArgumentIsReportedSeparately() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs } }",
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", ["1:21"]),
            ("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", ["1:21"]));

    [Fact]
    public void ExplicitNullIsLeftToValuesOfCorrectType() =>
        ExpectValid(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }");

    [Fact]
    public void DirectiveWithoutItsRequiredArgumentIsReportedAtTheDirective() =>
        ExpectErrors(
            Rule,
            "{ dog { name @include } }",
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", ["1:14"]));

    [Fact]
    public void OptionalDirectiveArgumentDoesNotCountForRequiredOnes() =>
        ExpectErrors(
            Rule,
            "{ dog { name @requiredArg(opt: \"y\") } }",
            ("Directive \"@requiredArg\" argument \"arg\" of type \"Int!\" is required, but it was not provided.", ["1:14"]),
            ("Directive \"@requiredArg\" argument \"other\" of type \"[Int!]!\" is required, but it was not provided.", ["1:14"]));
}
