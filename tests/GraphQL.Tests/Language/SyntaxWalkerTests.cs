using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void EntersAndLeavesEveryNodeInDocumentOrder()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("query Q($v: Int) { a: f(x: [1]) @d }"));

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter Name Q", "leave Name Q",
                "enter VariableDefinition", "enter Variable", "enter Name v", "leave Name v", "leave Variable",
                "enter NamedType", "enter Name Int", "leave Name Int", "leave NamedType", "leave VariableDefinition",
                "enter SelectionSet", "enter Field", "enter Name a", "leave Name a", "enter Name f", "leave Name f",
                "enter Argument", "enter Name x", "leave Name x", "enter ListValue", "enter IntValue", "leave IntValue",
                "leave ListValue", "leave Argument", "enter Directive", "enter Name d", "leave Name d", "leave Directive",
                "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            walker.Events);
    }

    [Fact]
    public void SkippingChildrenSkipsTheSubtreeAndItsLeave()
    {
        var walker = new RecordingWalker { SkipKind = SyntaxKind.SelectionSet };

        walker.Walk(Parser.Parse("{ a { b } }"));

        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "leave OperationDefinition", "leave Document"], walker.Events);
    }

    [Fact]
    public void StoppingEndsTheWalk()
    {
        var walker = new RecordingWalker { StopAtName = "b" };

        walker.Walk(Parser.Parse("{ a b c }"));

        Assert.Equal("enter Name b", walker.Events[^1]);
        Assert.DoesNotContain("enter Name c", walker.Events);
    }

    [Fact]
    public void AncestorsLeadFromTheRootToTheParent()
    {
        var walker = new RecordingWalker();

        walker.Walk(Parser.Parse("{ a { b } }"));

        Assert.Equal(
            [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet, SyntaxKind.Field],
            walker.AncestorsOfB);
    }

    private sealed class RecordingWalker : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public SyntaxKind? SkipKind { get; init; }

        public string? StopAtName { get; init; }

        public List<SyntaxKind> AncestorsOfB { get; } = [];

        protected override SyntaxWalkAction Enter(INode node)
        {
            Events.Add("enter " + Describe(node));
            if (node is NameNode { Value: "b" } && AncestorsOfB.Count == 0)
            {
                AncestorsOfB.AddRange(Ancestors.Select(a => a.Kind));
            }

            if (node.Kind == SkipKind)
            {
                return SyntaxWalkAction.SkipChildren;
            }

            return node is NameNode name && name.Value == StopAtName ? SyntaxWalkAction.Stop : SyntaxWalkAction.Continue;
        }

        protected override void Leave(INode node) => Events.Add("leave " + Describe(node));

        private static string Describe(INode node) => node is NameNode name ? "Name " + name.Value : node.Kind.ToString();
    }
}
