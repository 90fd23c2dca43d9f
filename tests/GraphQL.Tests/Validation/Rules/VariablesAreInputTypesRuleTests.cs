using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Variables are of input types (spec 5.8.2). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void ScalarsEnumsAndInputObjectsAreValid() =>
        ExpectValid(Rule, "query Q($a: String, $b: [FurColor!], $c: ComplexInput!) { dog { name } }");

    [Fact]
    public void ObjectTypeVariableIsReported() =>
        ExpectErrors(
            Rule,
            "query Q($a: Dog) { dog { name } }",
            ("Variable \"$a\" cannot be non-input type \"Dog\".", ["1:13"]));

    [Fact]
    public void WrappedInterfaceAndUnionVariablesAreReported() =>
        ExpectErrors(
            Rule,
            "query Q($a: [Pet!]!, $b: CatOrDog) { dog { name } }",
            ("Variable \"$a\" cannot be non-input type \"[Pet!]!\".", ["1:13"]),
            ("Variable \"$b\" cannot be non-input type \"CatOrDog\".", ["1:26"]));
}
