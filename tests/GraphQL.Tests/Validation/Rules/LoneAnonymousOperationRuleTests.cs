using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>An anonymous operation is the only operation in its document (spec 5.2.2.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void SingleAnonymousOperationWithFragmentsIsValid() =>
        ExpectValid(Rule, "{ ...F } fragment F on QueryRoot { dog { name } }");

    [Fact]
    public void AnonymousOperationNextToANamedOneIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } query Q { cat { name } }",
            ("This anonymous operation must be the only defined operation.", ["1:1"]));

    [Fact]
    public void EveryAnonymousOperationIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name } } { cat { name } }",
            ("This anonymous operation must be the only defined operation.", ["1:1"]),
            ("This anonymous operation must be the only defined operation.", ["1:18"]));

    [Fact]
    public void AnonymousMutationIsReportedToo() =>
        ExpectErrors(
            Rule,
            "query Q { dog { name } } mutation { renameDog(name: \"x\") { name } }",
            ("This anonymous operation must be the only defined operation.", ["1:26"]));
}
