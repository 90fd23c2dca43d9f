using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Every selected field exists on the parent type (spec 5.3.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void KnownFieldsFragmentsAndTypenameAreValid() =>
        ExpectValid(Rule, "{ dog { name ... on Pet { name } __typename } }");

    [Fact]
    public void MisspelledFieldSuggestsCloseNames() =>
        ExpectErrors(
            Rule,
            "{ dog { meowVolume } }",
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", ["1:9"]));

    [Fact]
    public void UnknownFieldWithNoCloseNameHasNoSuggestionAndItsSelectionIsNotChecked() =>
        ExpectErrors(
            Rule,
            "{ dog { unknownField { deeper } } }",
            ("Cannot query field \"unknownField\" on type \"Dog\".", ["1:9"]));

    [Fact]
    public void FieldOfSomeImplementationsSuggestsInlineFragments() =>
        ExpectErrors(
            Rule,
            "{ pet { nickname } }",
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", ["1:9"]));

    [Fact]
    public void FieldOnUnionSuggestsInterfacesBeforeObjects() =>
        ExpectErrors(
            Rule,
            "{ catOrDog { name } }",
            ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", ["1:14"]));

    [Fact]
    public void AliasedUnknownFieldIsReportedAtTheAlias() =>
        ExpectErrors(
            Rule,
            "fragment F on Dog { n: nickname a: tailLength }",
            ("Cannot query field \"tailLength\" on type \"Dog\".", ["1:33"]));
}
