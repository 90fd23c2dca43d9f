using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

/// <summary>Leaf fields take no selection and composite fields need one (spec 5.3.3). Expectations are graphql-js v16's messages and locations.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void LeafFieldsWithoutSelectionsAreValid() =>
        ExpectValid(Rule, "{ dog { name barkVolume } }");

    [Fact]
    public void ObjectFieldWithoutSelectionSuggestsOne() =>
        ExpectErrors(
            Rule,
            "{ dog }",
            ("Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?", ["1:3"]));

    [Fact]
    public void ListOfInterfacesWithoutSelectionIsReported() =>
        ExpectErrors(
            Rule,
            "{ human { pets } }",
            ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", ["1:11"]));

    [Fact]
    public void UnionFieldWithoutSelectionIsReported() =>
        ExpectErrors(
            Rule,
            "query Q { catOrDog }",
            ("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", ["1:11"]));

    [Fact]
    public void ScalarFieldWithSelectionIsReported() =>
        ExpectErrors(
            Rule,
            "{ dog { name { first } } }",
            ("Field \"name\" must not have a selection since type \"String\" has no subfields.", ["1:14"]));

    [Fact]
    public void ScalarFieldWithArgumentsAndSelectionIsReportedAtTheSelection() =>
        ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: SIT) { x } } }",
            ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", ["1:42"]));
}
