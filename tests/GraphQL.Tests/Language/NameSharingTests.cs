using Headless.GraphQL.Language;

namespace Headless.GraphQL.Tests.Language;

/// <summary>
/// The parser shares the strings of repeated names through a per-thread table keyed by a name's length and its
/// first and last four characters. These documents put different names on the same key parts and on the edges of
/// the fast paths (eight-character blocks, the end of the source) to show that every name keeps its own text.
/// </summary>
public sealed class NameSharingTests
{
    [Fact]
    public void NamesThatAgreeOnTheirEndsKeepTheirOwnMiddles()
    {
        // Same length, same first and last four characters: the same slot, told apart by the middle.
        var names = FieldNames("{ abcdXXXXwxyz abcdYYYYwxyz abcdXXXXwxyz abcdYYYYwxyz }");

        Assert.Equal(["abcdXXXXwxyz", "abcdYYYYwxyz", "abcdXXXXwxyz", "abcdYYYYwxyz"], names);
    }

    [Fact]
    public void ShortNamesAreNotConfusedWithTheirPrefixesOrReversals()
    {
        var names = FieldNames("{ a ab ba abc cba a ab abc b }");

        Assert.Equal(["a", "ab", "ba", "abc", "cba", "a", "ab", "abc", "b"], names);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    [InlineData(41)]
    [InlineData(200)]
    public void NamesOfEveryLengthReadWholeWhereverTheyEnd(int length)
    {
        var name = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i * 7 % 26))));

        // Ending at the last character of the source, before a punctuator, and before a non-ASCII character.
        Assert.Equal(name, Assert.IsType<NamedTypeNode>(Parser.ParseType(name)).Name.Value);
        Assert.Equal([name, name], FieldNames($"{{ {name} {name}}}"));
        Assert.Equal(name, Assert.IsType<EnumValueNode>(Parser.ParseValue(name)).Value);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse($"{{ {name}\u00e9 }}"));
        Assert.Equal((1, 3 + length), (error.Line, error.Column));
    }

    [Fact]
    public void RepeatedNamesShareOneString()
    {
        var names = FieldNames("{ product { name } product { name } }", nested: true);

        Assert.Same(names[0], names[2]);
        Assert.Same(names[1], names[3]);
    }

    private static List<string> FieldNames(string source, bool nested = false)
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));
        var names = new List<string>();
        Collect(operation.SelectionSet, names, nested);
        return names;
    }

    private static void Collect(SelectionSetNode selectionSet, List<string> names, bool nested)
    {
        foreach (var field in selectionSet.Selections.Cast<FieldNode>())
        {
            names.Add(field.Name.Value);
            if (nested && field.SelectionSet is { } inner)
            {
                Collect(inner, names, nested);
            }
        }
    }
}
