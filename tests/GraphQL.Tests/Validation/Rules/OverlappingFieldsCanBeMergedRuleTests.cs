using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    [Fact]
    public void IdenticalFieldsWithIdenticalArgumentsMerge() =>
        ExpectValid(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) name name } }");

    [Fact]
    public void AliasOverDifferentFieldsConflicts() =>
        ExpectErrors(Rule, "{ dog { name: nickname name } }",
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", ["1:9", "1:24"]));

    [Fact]
    public void DifferentArgumentsConflict() =>
        ExpectErrors(Rule, "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", ["1:9", "1:42"]));

    [Fact]
    public void DifferentFieldsOnDisjointObjectTypesMerge() =>
        ExpectValid(Rule, "{ catOrDog { ... on Dog { name: nickname } ... on Cat { name } } }");

    [Fact]
    public void ConflictingScalarTypesConflictEvenOnDisjointTypes() =>
        ExpectErrors(Rule, "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }",
            ("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", ["1:29", "1:57"]));

    [Fact]
    public void NullabilityShapeMustAgree() =>
        ExpectErrors(Rule, "{ someBox { ... on NonNullStringBox1 { scalar } ... on StringBox { scalar } } }",
            ("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", ["1:40", "1:68"]));

    [Fact]
    public void ListShapeMustAgree() =>
        ExpectErrors(Rule, "{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } } }",
            ("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", ["1:29", "1:80"]));

    [Fact]
    public void NestedConflictsAreReportedAtTheOuterFieldWithEveryLocation() =>
        ExpectErrors(Rule, "{ field: dog { x: name } field: dog { x: nickname } }",
            ("Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", ["1:3", "1:16", "1:26", "1:39"]));

    [Fact]
    public void ConflictsBetweenFragmentsAreFound() =>
        ExpectErrors(Rule, "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }",
            ("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", ["1:43", "1:73"]));

    [Fact]
    public void CyclicFragmentsTerminateAndReportFromBothSides() =>
        ExpectErrors(Rule, "{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { name: nickname ...A }",
            ("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", ["1:38", "1:70"]),
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", ["1:70", "1:38"]));
}
