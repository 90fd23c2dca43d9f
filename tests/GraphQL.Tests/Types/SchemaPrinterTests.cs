using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    /// <summary>As graphql-js buildSchema: no resolvers and no validation (some cases, such as empty types, are invalid on purpose).</summary>
    private static readonly SchemaBuildOptions TypeSystemOnly = new() { RequireResolvers = false, ValidateSchema = false };

    [Fact]
    public void PrintedSchemaEqualsGraphQLJsPrintSchemaForEveryCase()
    {
        var cases = TypesOracle.ReadCases(Path.Combine("Types", "Cases", "print-cases.graphql")).ToList();
        cases.Add(("github schema", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "graphql-js", "github-schema.graphql"))));
        var answers = TypesOracle.Ask(cases.Select(c => TypesOracle.Case("print", c.Source)));

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = answers[i].Text("printed") ?? throw new InvalidOperationException($"graphql-js rejected case \"{cases[i].Name}\": {TypesOracle.Describe(answers[i])}");
            string actual;
            try
            {
                actual = SchemaPrinter.Print(SchemaBuilder.FromSdl(cases[i].Source).Build(TypeSystemOnly));
            }
            catch (Exception error)
            {
                failures.Add($"{cases[i].Name}: {error.Message}");
                continue;
            }

            if (actual != expected)
            {
                failures.Add($"{cases[i].Name}:\n--- expected\n{expected}\n--- actual\n{actual}");
            }
        }

        Assert.True(cases.Count >= 20, "The corpus shrank.");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void PrintedIntrospectionSchemaEqualsGraphQLJs()
    {
        const string sdl = "type Query { a: Int }";
        var expected = TypesOracle.Ask([TypesOracle.Case("introspection-print", sdl)])[0].Text("printed");

        Assert.Equal(expected, SchemaPrinter.PrintIntrospectionSchema(SchemaBuilder.FromSdl(sdl).BuildWithoutResolvers()));
    }

    [Fact]
    public void PrintingWhatWasPrintedGivesTheSameText()
    {
        var sdl = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "graphql-js", "github-schema.graphql"));
        var once = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).BuildWithoutResolvers());

        Assert.Equal(once, SchemaPrinter.Print(SchemaBuilder.FromSdl(once).BuildWithoutResolvers()));
    }
}
