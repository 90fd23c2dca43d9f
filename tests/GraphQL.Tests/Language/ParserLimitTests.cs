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
    };

    /// <summary>Complete, valid documents 500 levels deep, one per kind of nesting the limit counts.</summary>
    public static TheoryData<string, string> ValidButDeep => new()
    {
        { "list values", "{ f(a: " + new string('[', 500) + "1" + new string(']', 500) + ") }" },
        { "object values", "{ f(a: " + string.Concat(Enumerable.Repeat("{a: ", 500)) + "1" + new string('}', 500) + ") }" },
        { "selection sets", string.Concat(Enumerable.Repeat("{ a ", 500)) + new string('}', 500) },
        { "list types", "query Q($v: " + new string('[', 500) + "Int" + new string(']', 500) + ") { a }" },
    };

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void HundredThousandNestedBracketsAreRefusedByTheDepthLimit(string source)
    {
        var error = Assert.Throws<DocumentLimitException>(() => Parser.Parse(source));

        Assert.Equal(DocumentLimit.Depth, error.Limit);
        Assert.Equal(ParserOptions.Default.MaxDepth, error.Maximum);
    }

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void HundredThousandNestedBracketsAreRefusedEvenWithoutLimits(string source)
    {
        // Without a depth limit the parser still stops before the stack runs out.
        var error = Assert.Throws<DocumentLimitException>(() => Parser.Parse(source, NoLimits));

        Assert.Equal(DocumentLimit.Depth, error.Limit);
    }

    [Fact]
    public void DeepNestingThatIsAlsoInvalidIsASyntaxErrorWhenTheErrorComesFirst()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new string('{', 100_000)));
    }

    [Theory]
    [MemberData(nameof(ValidButDeep))]
    public void ValidDocumentsDeeperThanTheLimitAreRefusedWithoutClaimingASyntaxError(string kind, string source)
    {
        // graphql-js (no depth limit) reads these documents: refusing them is our deviation, named as such.
        var reference = GraphQLJs.Answer([new CorpusCase(kind, "document", source)])[0];
        Assert.True(reference.Printed is not null, $"{kind}: graphql-js gave {reference}");

        var error = Assert.Throws<DocumentLimitException>(() => Parser.Parse(source));

        Assert.Equal(DocumentLimit.Depth, error.Limit);
        Assert.DoesNotContain("Syntax Error", error.Message, StringComparison.Ordinal);
        Assert.Contains("more than 200 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingDeeperThanTheLimitIsRejectedWithTheLimitInTheMessage()
    {
        var error = Assert.Throws<DocumentLimitException>(() => Parser.Parse("{ f(a: [[[[1]]]]) }", new ParserOptions { MaxDepth = 3 }));

        Assert.Equal("The document nests selection sets, lists, objects or list types more than 3 levels deep, the most this server reads. Flatten the document.", error.Message);
        Assert.Equal((1, 10), (error.Line, error.Column));
        Assert.Equal(3, error.Maximum);
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
        var error = Assert.Throws<DocumentLimitException>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 4 }));

        Assert.Equal("The document has more than 4 tokens, the most this server reads. Send a smaller document.", error.Message);
        Assert.Equal((DocumentLimit.Tokens, 4, 8), (error.Limit, error.Maximum, error.Offset));
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

        Assert.Throws<DocumentLimitException>(() => Parser.Parse(source));
        Assert.Single(Parser.Parse(source, ParserOptions.Trusted).Definitions);
    }

    [Fact]
    public void DocumentsLongerThanTheLimitAreRejectedBeforeReading()
    {
        var error = Assert.Throws<DocumentLimitException>(() => Parser.Parse("{ a }   ", new ParserOptions { MaxDocumentLength = 5 }));

        Assert.Equal("The document is longer than 5 characters (UTF-16 code units), the most this server reads. Send a shorter document.", error.Message);
        Assert.Equal((DocumentLimit.Length, 5), (error.Limit, error.Maximum));
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
