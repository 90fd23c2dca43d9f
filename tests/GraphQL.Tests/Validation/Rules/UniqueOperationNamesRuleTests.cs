using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Operation names are unique in a document (spec 5.2.1.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

    [Fact]
    public void DistinctNamesAreValid() =>
        ExpectValid(Rule, "query A { dog { name } } query B { dog { name } }");

    [Fact]
    public void RepeatedQueryNameIsReportedAtBothNames() =>
        ExpectErrors(
            Rule,
            "query A { dog { name } } query A { cat { name } }",
            ("There can be only one operation named \"A\".", ["1:7", "1:32"]));

    [Fact]
    public void NameRepeatedAcrossOperationTypesIsReported() =>
        ExpectErrors(
            Rule,
            "query A { dog { name } } mutation A { renameDog(name: \"x\") { name } }",
            ("There can be only one operation named \"A\".", ["1:7", "1:35"]));

    [Fact]
    public void FragmentMayShareAnOperationsName() =>
        ExpectValid(Rule, "query A { ...A } fragment A on QueryRoot { dog { name } }");
}
