using Headless.GraphQL.Validation.Rules;
using static Headless.GraphQL.Tests.Validation.RuleHarness;

namespace Headless.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void DiamondSpreadsAreNotCycles() =>
        ExpectValid(Rule, "{ dog { ...A } } fragment A on Dog { ...B ...C } fragment B on Dog { ...D } fragment C on Dog { ...D } fragment D on Dog { name }");

    [Fact]
    public void FragmentSpreadingItselfIsReported() =>
        ExpectErrors(Rule, "fragment A on Dog { ...A }", ("Cannot spread fragment \"A\" within itself.", ["1:21"]));

    [Fact]
    public void CycleThroughOtherFragmentsNamesThePath() =>
        ExpectErrors(Rule, "fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { ...A }",
            ("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", ["1:21", "1:48", "1:75"]));

    [Fact]
    public void CycleInsideNestedSelectionsIsFound() =>
        ExpectErrors(Rule, "fragment A on Dog { mother { ... on Dog { ...A } } }", ("Cannot spread fragment \"A\" within itself.", ["1:43"]));
}
