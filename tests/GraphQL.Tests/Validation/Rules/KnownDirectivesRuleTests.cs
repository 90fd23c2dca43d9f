using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Directives are defined and used at a location they allow (spec 5.7.1, 5.7.2). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    [Fact]
    public void DirectivesAtAllowedLocationsAreValid() =>
        ExpectValid(Rule, "query Q @onQuery { dog @onField { name @skip(if: true) } }");

    [Fact]
    public void UnknownDirectiveIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog @unknown { name } }",
            ("Unknown directive \"@unknown\".", ["1:7"]));

    [Fact]
    public void DirectiveOnTheWrongOperationTypeIsReported() =>
        ExpectErrors(
            Rule,
            "query Q @onMutation { dog { name } }",
            ("Directive \"@onMutation\" may not be used on QUERY.", ["1:9"]));

    [Fact]
    public void FieldDirectiveOnAnInlineFragmentIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { ... @onField { name } } }",
            ("Directive \"@onField\" may not be used on INLINE_FRAGMENT.", ["1:13"]));

    [Fact]
    public void SpreadDirectiveOnAFragmentDefinitionIsReported() =>
        ExpectErrors(
            Rule,
            "fragment F on Dog @onFragmentSpread { name }",
            ("Directive \"@onFragmentSpread\" may not be used on FRAGMENT_DEFINITION.", ["1:19"]));

    [Fact]
    public void OnlyTheMisplacedDirectiveOfAVariableIsReported() =>
        ExpectErrors(
            Rule,
            "query Q($v: Int @onVariableDefinition @onField) { dog { name } }",
            ("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", ["1:39"]));
}
