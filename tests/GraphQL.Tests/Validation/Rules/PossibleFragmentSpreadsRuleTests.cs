using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>A fragment is spread only where its type can apply (spec 5.5.2.3). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void SpreadsOnImplementedInterfacesAreValid() =>
        ExpectValid(Rule, "{ dog { ... on Pet { name } ...F } } fragment F on Canine { name }");

    [Fact]
    public void InlineFragmentOnUnrelatedObjectIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { ... on Cat { meows } } }",
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", ["1:9"]));

    [Fact]
    public void NamedFragmentOnUnrelatedObjectNamesTheFragment() =>
        ExpectErrors(
            Rule,
            "{ dog { ...CatFields } } fragment CatFields on Cat { meows }",
            ("Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", ["1:9"]));

    [Fact]
    public void InterfaceAndUnionWithNoCommonTypeAreReported() =>
        ExpectErrors(
            Rule,
            "{ pet { ... on HumanOrAlien { __typename } } }",
            ("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", ["1:9"]));

    [Fact]
    public void UnionAndObjectOutsideItAreReported() =>
        ExpectErrors(
            Rule,
            "{ catOrDog { ... on Human { name } } }",
            ("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", ["1:14"]));

    [Fact]
    public void DisjointInterfacesAreReported() =>
        ExpectErrors(
            Rule,
            "fragment A on Intelligent { ... on Pet { name } }",
            ("Fragment cannot be spread here as objects of type \"Intelligent\" can never be of type \"Pet\".", ["1:29"]));
}
