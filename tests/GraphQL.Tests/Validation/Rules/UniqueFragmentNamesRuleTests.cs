using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Fragment names are unique in a document (spec 5.5.1.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void DistinctFragmentsAreValid() =>
        ExpectValid(Rule, "{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { nickname }");

    [Fact]
    public void RepeatedFragmentNameIsReportedAtBothNames() =>
        ExpectErrors(
            Rule,
            "{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { nickname }",
            ("There can be only one fragment named \"A\".", ["1:27", "1:54"]));

    [Fact]
    public void ThirdDefinitionIsReportedAgainstTheFirst() =>
        ExpectErrors(
            Rule,
            "{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { name } fragment A on Dog { name }",
            ("There can be only one fragment named \"A\".", ["1:27", "1:54"]),
            ("There can be only one fragment named \"A\".", ["1:27", "1:81"]));
}
