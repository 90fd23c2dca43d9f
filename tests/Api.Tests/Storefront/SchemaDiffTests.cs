namespace Headless.Api.Tests.Storefront;

public sealed class SchemaDiffTests
{
    private const string Released = """
        type Query { product(id: ID, slug: String): Product  old: String @deprecated(reason: "gone") }
        type Product { id: ID! name: String! kind: Kind! }
        enum Kind { PHYSICAL DIGITAL LEGACY @deprecated }
        input Filter { min: Int max: Int }
        """;

    private static string SchemaFile(string relative) => Path.Combine(AppContext.BaseDirectory, "schema", relative);

    [Fact]
    public void TheCurrentSchemaBreaksNoClientOfTheLastRelease()
    {
        var changes = SchemaDiff.BreakingChanges(
            File.ReadAllText(SchemaFile(Path.Combine("released", "storefront.graphql"))),
            File.ReadAllText(SchemaFile("storefront.graphql")));

        Assert.True(changes.Count == 0, "Breaking changes against schema/released/storefront.graphql:\n" + string.Join("\n", changes));
    }

    [Fact]
    public void AdditionsAndRemovalsOfDeprecatedElementsAreSafe()
    {
        var current = """
            type Query { product(id: ID, slug: String, sku: String): Product  products(first: Int = 20): [Product!]! }
            type Product { id: ID! name: String! kind: Kind! slug: String }
            enum Kind { PHYSICAL DIGITAL SERVICE }
            input Filter { min: Int max: Int inStock: Boolean other: Int! = 1 }
            """;

        Assert.Empty(SchemaDiff.BreakingChanges(Released, current));
    }

    [Theory]
    [InlineData("type Product { id: ID! kind: Kind! }", "Field Product.name was removed")]
    [InlineData("type Product { id: ID! name: String kind: Kind! }", "Field Product.name changed type from String! to String")]
    [InlineData("type Query { product(id: ID!, slug: String): Product }", "Argument Query.product.id changed type")]
    [InlineData("type Query { product(id: ID): Product }", "Argument Query.product.slug was removed")]
    [InlineData("type Query { product(id: ID, slug: String, channel: String!): Product }", "Argument Query.product.channel was added as required")]
    [InlineData("enum Kind { PHYSICAL }", "Enum value Kind.DIGITAL was removed")]
    [InlineData("input Filter { min: Int }", "Input field Filter.max was removed")]
    [InlineData("input Filter { min: Int max: Int currency: String! }", "Input field Filter.currency was added as required")]
    [InlineData("scalar Product", "Type Product changed kind")]
    public void EachBreakingChangeIsReported(string replacement, string expected)
    {
        var current = Replace(Released, replacement);

        var changes = SchemaDiff.BreakingChanges(Released, current);

        Assert.Contains(changes, c => c.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ARemovedTypeIsReported() =>
        Assert.Contains("Type Filter was removed.", SchemaDiff.BreakingChanges(Released, string.Join("\n", Released.Split('\n').Where(l => !l.Contains("input Filter", StringComparison.Ordinal)))));

    /// <summary>The released SDL with the definition of the same name (and kind keyword position) swapped for <paramref name="replacement"/>.</summary>
    private static string Replace(string sdl, string replacement)
    {
        var name = replacement.Split(' ', 3)[1];
        return string.Join("\n", sdl.Split('\n').Select(line =>
            line.Trim().Split(' ') is [_, var defined, ..] && defined == name ? replacement : line));
    }
}
