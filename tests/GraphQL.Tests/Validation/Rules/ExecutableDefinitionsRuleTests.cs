using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>An executable document holds only operations and fragments (spec 5.1.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void OperationsAndFragmentsAreValid() =>
        ExpectValid(Rule, "{ dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void TypeDefinitionIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } type Cow { name: String }",
            ("The \"Cow\" definition is not executable.", ["1:18"]));

    [Fact]
    public void SchemaDefinitionAndExtensionAreReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } schema { query: QueryRoot } extend schema @onSchema",
            ("The schema definition is not executable.", ["1:18"]),
            ("The schema definition is not executable.", ["1:46"]));

    [Fact]
    public void DirectiveDefinitionIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } directive @d on FIELD",
            ("The \"d\" definition is not executable.", ["1:18"]));
}
