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

    [Fact]
    public void AppliedDirectivesArePrintedOnlyWhenAskedAndOtherwiseTheOutputIsGraphQLJsPrintSchemas()
    {
        // Canonical text with the schema's own directives applied where graphql-js's print puts them.
        const string sdl = """
            schema @tag(name: "schema") {
              query: Query
            }

            directive @tag(name: String!, also: [String!]) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/") @tag(name: "scalar")

            interface Named @tag(name: "interface") {
              name: String
            }

            type Query implements Named @tag(name: "a") @tag(name: "b", also: ["c", "d"]) {
              name: String @deprecated @tag(name: "field")
              find(by: Filter @tag(name: "argument"), size: Int = 3 @tag(name: "default")): [Thing] @tag(name: "list")
              link: Url
            }

            union Thing @tag(name: "union") = Query

            enum Kind @tag(name: "enum") {
              A @tag(name: "value")
              B @deprecated(reason: "Use A.") @tag(name: "old")
            }

            input Filter @oneOf @tag(name: "input") {
              kind: Kind @tag(name: "input field")
              text: String
            }
            """;
        var schema = SchemaBuilder.FromSdl(sdl).Build(TypeSystemOnly);
        var graphQLJs = TypesOracle.Ask([TypesOracle.Case("print", sdl)])[0].Text("printed");

        Assert.Equal(sdl, SchemaPrinter.PrintWithAppliedDirectives(schema));
        Assert.Equal(graphQLJs, SchemaPrinter.Print(schema));
        Assert.DoesNotContain("@tag(name: \"field\")", graphQLJs, StringComparison.Ordinal);
    }
}
