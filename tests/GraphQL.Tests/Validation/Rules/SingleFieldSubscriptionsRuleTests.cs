using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>A subscription selects exactly one root field, not an introspection one (spec 5.2.3.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly SingleFieldSubscriptionsRule Rule = new();

    [Fact]
    public void OneRootFieldIsValid() =>
        ExpectValid(Rule, "subscription S { importantEmails }");

    [Fact]
    public void SecondRootFieldIsReported() =>
        ExpectErrors(
            Rule,
            "subscription S { importantEmails notImportantEmails }",
            ("Subscription \"S\" must select only one top level field.", ["1:34"]));

    [Fact]
    public void EveryExtraRootFieldIsLocated() =>
        ExpectErrors(
            Rule,
            "subscription S { importantEmails notImportantEmails spamEmails }",
            ("Subscription \"S\" must select only one top level field.", ["1:34", "1:53"]));

    [Fact]
    public void IntrospectionRootFieldIsReported() =>
        ExpectErrors(
            Rule,
            "subscription S { __typename }",
            ("Subscription \"S\" must not select an introspection top level field.", ["1:18"]));

    [Fact]
    public void ExtraFieldsFromAFragmentAreReported() =>
        ExpectErrors(
            Rule,
            "subscription S { ...F } fragment F on SubscriptionRoot { importantEmails deletedEmails }",
            ("Subscription \"S\" must select only one top level field.", ["1:74"]));

    [Fact]
    public void TheSameFieldSelectedTwiceIsOneField() =>
        ExpectValid(Rule, "subscription { importantEmails ... on SubscriptionRoot { importantEmails } }");
}
