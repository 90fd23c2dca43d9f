using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Fragments apply to objects, interfaces or unions (spec 5.5.1.3). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void CompositeTypeConditionsAreValid() =>
        ExpectValid(Rule, "fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename } { dog { ... { name } } }");

    [Fact]
    public void FragmentOnAScalarIsReported() =>
        ExpectErrors(
            Rule,
            "fragment A on Boolean { x }",
            ("Fragment \"A\" cannot condition on non composite type \"Boolean\".", ["1:15"]));

    [Fact]
    public void InlineFragmentOnAnEnumIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { ... on FurColor { x } } }",
            ("Fragment cannot condition on non composite type \"FurColor\".", ["1:16"]));

    [Fact]
    public void FragmentOnAnInputObjectIsReported() =>
        ExpectErrors(
            Rule,
            "fragment A on ComplexInput { x }",
            ("Fragment \"A\" cannot condition on non composite type \"ComplexInput\".", ["1:15"]));
}
