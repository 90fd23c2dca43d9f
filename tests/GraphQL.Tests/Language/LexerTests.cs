using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

/// <summary>Token-level behaviour seen through the parser's value entry point and error messages.</summary>
public sealed class LexerTests
{
    [Theory]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u00e9\\t\\\"\"", "é\t\"")]
    [InlineData("\"\"\"\n    a\n      b\n\"\"\"", "a\n  b")]
    [InlineData("\"\"\"a \\\"\"\" b\"\"\"", "a \"\"\" b")]
    [InlineData("\"\"\"\\n\"\"\"", "\\n")]
    public void StringsDecodeEscapesAndBlockStringsDedent(string source, string expected)
    {
        Assert.Equal(expected, Assert.IsType<StringValueNode>(Parser.ParseValue(source)).Value);
    }

    [Theory]
    [InlineData("-0", typeof(IntValueNode))]
    [InlineData("123456789012345678901234567890", typeof(IntValueNode))]
    [InlineData("1e5", typeof(FloatValueNode))]
    [InlineData("-1.25E-3", typeof(FloatValueNode))]
    public void NumbersKeepTheirTextAndKind(string source, Type kind)
    {
        var value = Parser.ParseValue(source);

        Assert.IsType(kind, value);
        Assert.Equal(source, value is IntValueNode i ? i.Value : ((FloatValueNode)value).Value);
    }

    [Theory]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e2", "Syntax Error: Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"abc", "Syntax Error: Unterminated string.", 5)]
    [InlineData("\"\\uD83D\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 2)]
    [InlineData("\u00e9", "Syntax Error: Unexpected character: U+00E9.", 1)]
    public void BadTokensReportWhatAndWhere(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source));

        Assert.Equal(message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void StringsFindEveryEscapeQuoteAndBadCharacterAtAnyOffset()
    {
        // Plain characters are skipped in blocks of eight; put the character that stops the scan at every offset
        // of the first three blocks.
        for (var offset = 0; offset < 24; offset++)
        {
            var plain = new string('p', offset);

            Assert.Equal(plain + "\n" + plain, Assert.IsType<StringValueNode>(Parser.ParseValue($"\"{plain}\\n{plain}\"")).Value);
            Assert.Equal(plain + "\U0001F600", Assert.IsType<StringValueNode>(Parser.ParseValue($"\"{plain}\U0001F600\"")).Value);

            var unterminated = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue($"\"{plain}\n\""));
            Assert.Equal(("Syntax Error: Unterminated string.", 2 + offset), (unterminated.Message, unterminated.Column));

            var lone = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue($"\"{plain}{(char)0xDC00}{plain}\""));
            Assert.Equal(("Syntax Error: Invalid character within String: U+DC00.", 2 + offset), (lone.Message, lone.Column));
        }
    }

    [Fact]
    public void LoneSurrogatesAreInvalidCharacters()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(((char)0xD800).ToString()));

        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.Message);
    }

    [Fact]
    public void IgnoredTokensAreSkippedAnywhere()
    {
        var document = Parser.Parse("\uFEFF# comment\r\n,{,a\t,# c\rb,},");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(["a", "b"], operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void LinesCountCarriageReturnsAndCrLfPairsOnce()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{\r\n a\r b\n ?"));

        Assert.Equal((4, 2), (error.Line, error.Column));
    }

    [Fact]
    public void TokensAfterAMultiLineBlockStringHaveTheirOwnLine()
    {
        var document = Parser.Parse("{ f(s: \"\"\"\nx\ny\n\"\"\") g }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var g = (FieldNode)operation.SelectionSet.Selections[1];
        Assert.Equal(4, g.Location?.Line);
        Assert.Equal(6, g.Location?.Column);
    }
}
