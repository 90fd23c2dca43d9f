using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Arguments are defined by their field or directive (spec 5.4.1). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void DefinedFieldAndDirectiveArgumentsAreValid() =>
        ExpectValid(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) name @skip(if: true) } }");

    [Fact]
    public void MisspelledFieldArgumentSuggestsTheDefinedOne() =>
        ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(command: SIT) } }",
            ("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", ["1:25"]));

    [Fact]
    public void UnknownArgumentNextToAKnownOneIsReportedAlone() =>
        ExpectErrors(
            Rule,
            "{ dog { isHousetrained(atOtherHomes: true, unknown: 1) } }",
            ("Unknown argument \"unknown\" on field \"Dog.isHousetrained\".", ["1:44"]));

    [Fact]
    public void MisspelledDirectiveArgumentNamesTheDirective() =>
        ExpectErrors(
            Rule,
            "{ dog { name @skip(iff: true) } }",
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", ["1:20"]));

    [Fact]
    public void SeveralCloseNamesAreAllSuggested() =>
        ExpectErrors(
            Rule,
            "{ complicatedArgs { multipleReqs(req1: 1, req2: 2, req3: 3) } }",
            ("Unknown argument \"req3\" on field \"ComplicatedArgs.multipleReqs\". Did you mean \"req1\" or \"req2\"?", ["1:52"]));
}
