using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Every spread names a fragment defined in the document (spec 5.5.2.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void DefinedFragmentsAreValid() =>
        ExpectValid(Rule, "{ dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void UndefinedFragmentIsReportedAtTheSpread() =>
        ExpectErrors(
            Rule,
            "{ dog { ...Missing } }",
            ("Unknown fragment \"Missing\".", ["1:12"]));

    [Fact]
    public void EveryUndefinedSpreadIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { ...A ...B } } fragment C on Dog { ...A }",
            ("Unknown fragment \"A\".", ["1:12"]),
            ("Unknown fragment \"B\".", ["1:17"]),
            ("Unknown fragment \"A\".", ["1:46"]));
}
