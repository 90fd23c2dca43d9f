using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Types;

public sealed class AstFromValueTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a(f: Filter): Int }
        enum Color { RED GREEN }
        input Filter { name: String, colors: [Color!], min: Float, id: ID }
        """).BindEnum<Color>("Color").BuildWithoutResolvers();

    private enum Color
    {
        Red,
        Green,
    }

    [Fact]
    public void InternalValuesBecomeLiteralsOfTheirType()
    {
        var filter = Schema.GetType("Filter")!;

        Assert.Equal("1.5", Print(1.5, BuiltInScalars.Float));
        Assert.Equal("2", Print(2d, BuiltInScalars.Float));
        Assert.Equal("\"42\"", Print("42", BuiltInScalars.String));
        Assert.Equal("42", Print("42", BuiltInScalars.ID));
        Assert.Equal("\"x42\"", Print("x42", BuiltInScalars.ID));
        Assert.Equal("GREEN", Print(Color.Green, Schema.GetType("Color")!));
        Assert.Equal("[1, 2]", Print(new[] { 1, 2 }, new ListType(BuiltInScalars.Int)));
        Assert.Equal("[7]", Print(new List<object?> { 7 }, new ListType(BuiltInScalars.Int)));
        Assert.Equal("null", Print(null, BuiltInScalars.Int));
        Assert.Equal(
            "{name: \"mug\", colors: [RED], min: null}",
            Print(new Dictionary<string, object?> { ["name"] = "mug", ["colors"] = new[] { Color.Red }, ["min"] = null }, filter));
        Assert.Equal("{name: \"cup\", id: 9}", Print(new FilterRecord("cup", 9), filter));
    }

    [Fact]
    public void NullForNonNullAndUndefinedGiveNoLiteral()
    {
        Assert.Null(AstFromValue.Convert(null, new NonNullType(BuiltInScalars.Int)));
        Assert.Null(AstFromValue.Convert(AstFromValue.Undefined, BuiltInScalars.Int));
    }

    private static string Print(object? value, IGraphQLType type) => Printer.Print(AstFromValue.Convert(value, type)!);

    private sealed record FilterRecord(string Name, int Id);
}
