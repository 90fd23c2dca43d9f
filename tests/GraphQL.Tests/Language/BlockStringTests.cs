using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void PrintsBlockStringsAsGraphQLJsDoes(string value, string printed)
    {
        Assert.Equal(printed, BlockString.PrintBlockString(value));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("two\nlines")]
    [InlineData("  leading space")]
    [InlineData("ends with \"")]
    [InlineData("has \"\"\" inside")]
    [InlineData("first\n  indented rest")]
    [InlineData("ends with \\")]
    public void PrintedBlockStringsReadBackToTheSameValue(string value)
    {
        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(BlockString.PrintBlockString(value)));

        Assert.Equal(value, parsed.Value);
    }

    [Fact]
    public void DedentingRemovesCommonIndentationAndBlankEdges()
    {
        var lines = BlockString.DedentBlockStringLines(["", "    a", "      b", "", "    c", "   "]);

        Assert.Equal(["a", "  b", "", "c"], lines);
    }
}
