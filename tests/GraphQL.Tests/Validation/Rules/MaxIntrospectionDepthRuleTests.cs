using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Introspection nests its list fields fewer than three deep (graphql-js 16.9+, not a spec rule). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void OrdinaryIntrospectionIsValid() =>
        ExpectValid(Rule, "{ __schema { types { name fields { name type { name ofType { name } } } } } }");

    [Fact]
    public void ThreeNestedFieldsListsAreReportedAtTheRootField() =>
        ExpectErrors(
            Rule,
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            ("Maximum introspection depth exceeded", ["1:3"]));

    [Fact]
    public void NestingThroughInterfacesAndPossibleTypesCounts() =>
        ExpectErrors(
            Rule,
            "{ __type(name: \"Pet\") { possibleTypes { interfaces { possibleTypes { name } } } } }",
            ("Maximum introspection depth exceeded", ["1:3"]));

    [Fact]
    public void DepthReachedThroughFragmentsIsReported() =>
        ExpectErrors(
            Rule,
            "{ __schema { types { ...A } } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { fields { type { fields { name } } } }",
            ("Maximum introspection depth exceeded", ["1:3"]));

    [Fact]
    public void TwoInputFieldsLevelsAreValid() =>
        ExpectValid(Rule, "{ __type(name: \"ComplexInput\") { inputFields { type { inputFields { name } } } } }");
}
