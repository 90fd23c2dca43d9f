using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

public sealed class ParserLimitTests
{
    private static readonly ParserOptions NoLimits = new() { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue, MaxDocumentLength = int.MaxValue };

    public static TheoryData<string> DeeplyNested => new()
    {
        "{ f(a: " + new string('[', 100_000) + " ) }",
        "{ f(a: " + string.Concat(Enumerable.Repeat("{a:", 100_000)) + " ) }",
        string.Concat(Enumerable.Repeat("{a", 100_000)),
        "query Q($v: " + new string('[', 100_000) + "Int) { a }",
        new string('{', 100_000),
    };

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void HundredThousandNestedBracketsGiveASyntaxError(string source)
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
    }

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void HundredThousandNestedBracketsGiveASyntaxErrorEvenWithoutLimits(string source)
    {
        // Without a depth limit the parser still stops before the stack runs out.
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, NoLimits));
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRejectedWithTheLimitInTheMessage()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ f(a: [[[[1]]]]) }", new ParserOptions { MaxDepth = 3 }));

        Assert.Equal("Syntax Error: Document is nested deeper than 3 levels. Parsing aborted.", error.Message);
        Assert.Equal((1, 10), (error.Line, error.Column));
    }

    [Fact]
    public void NestingUpToTheLimitParses()
    {
        var document = Parser.Parse("{ f(a: [[1]]) }", new ParserOptions { MaxDepth = 3 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void MoreTokensThanTheLimitAreRejected()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 4 }));

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(8, error.Offset);
    }

    [Fact]
    public void CommentsDoNotCountAsTokens()
    {
        var document = Parser.Parse("# one\n# two\n{ a }", new ParserOptions { MaxTokens = 3 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void DefaultTokenLimitRejectsAHugeQuery()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));
        Assert.Single(Parser.Parse(source, ParserOptions.Trusted).Definitions);
    }

    [Fact]
    public void DocumentsLongerThanTheLimitAreRejectedBeforeReading()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }   ", new ParserOptions { MaxDocumentLength = 5 }));

        Assert.Equal("Syntax Error: Source contains more than 5 UTF-16 code units. Parsing aborted.", error.Message);
    }

    [Fact]
    public void DefaultLimitsAreSafe()
    {
        var options = ParserOptions.Default;

        Assert.Equal(15_000, options.MaxTokens);
        Assert.InRange(options.MaxDepth, 32, 1_000);
        Assert.Equal(1024 * 1024, options.MaxDocumentLength);
        Assert.False(options.NoLocation);
    }
}
