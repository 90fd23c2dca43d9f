using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Types named in fragments and variables exist in the schema (spec 5.5.1.2). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void KnownTypesAreValid() =>
        ExpectValid(Rule, "query Q($a: [Int!], $b: ComplexInput) { dog { ... on Pet { name } } }");

    [Fact]
    public void UnknownVariableTypeSuggestsCloseNames() =>
        ExpectErrors(
            Rule,
            "query Q($a: Intt) { dog { name } }",
            ("Unknown type \"Intt\". Did you mean \"Int\"?", ["1:13"]));

    [Fact]
    public void UnknownFragmentTypeIsReported() =>
        ExpectErrors(
            Rule,
            "fragment F on Doggo { name }",
            ("Unknown type \"Doggo\". Did you mean \"Dog\"?", ["1:15"]));

    [Fact]
    public void UnknownInlineFragmentTypeIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { ... on Kat { name } } }",
            ("Unknown type \"Kat\". Did you mean \"Cat\", \"Int\", or \"Pet\"?", ["1:16"]));

    [Fact]
    public void UnknownTypeInsideListAndNonNullIsLocatedAtTheName() =>
        ExpectErrors(
            Rule,
            "query Q($a: [Strin!]!) { dog { name } }",
            ("Unknown type \"Strin\". Did you mean \"String\"?", ["1:14"]));
}
