using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Types;

public sealed class SchemaValidatorTests
{
    [Fact]
    public void SchemaErrorsEqualGraphQLJsValidateSchemaForEveryCase()
    {
        var cases = TypesOracle.ReadCases(Path.Combine("Types", "Cases", "invalid-schemas.graphql"));
        var answers = TypesOracle.Ask(cases.Select(c => TypesOracle.Case("validate", c.Source)));

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = answers[i]["errors"]?.AsArray().Select(e => e!.GetValue<string>()).Order(StringComparer.Ordinal).ToList()
                ?? throw new InvalidOperationException($"graphql-js could not build case \"{cases[i].Name}\": {TypesOracle.Describe(answers[i])}");
            var actual = ErrorsOf(cases[i].Source).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"{cases[i].Name}:\n  expected: {string.Join(" | ", expected)}\n  actual:   {string.Join(" | ", actual)}");
            }
        }

        Assert.True(cases.Count(c => !c.Name.Contains("fine") && !c.Name.Contains("allowed") && !c.Name.StartsWith("valid")) >= 40, "The corpus shrank.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SdlMistakesAreReportedAsGraphQLJsBuildSchemaReportsThem()
    {
        var cases = TypesOracle.ReadCases(Path.Combine("Types", "Cases", "sdl-errors.graphql"));
        var answers = TypesOracle.Ask(cases.Select(c => TypesOracle.Case("build", c.Source)));

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            // buildSchema throws the SDL errors joined by blank lines, or returns a schema that validateSchema checks.
            var expected = (answers[i].Text("error")?.Split("\n\n") ?? answers[i]["errors"]!.AsArray().Select(e => e!.GetValue<string>()))
                .Order(StringComparer.Ordinal).ToList();
            var actual = ErrorsOf(cases[i].Source).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"{cases[i].Name}:\n  expected: {string.Join(" | ", expected)}\n  actual:   {string.Join(" | ", actual)}");
            }
        }

        Assert.True(cases.Count >= 20, "The corpus shrank.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void ValidatorReportsErrorsWithLocationsInTheSdl()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }\ninput In { x: Query }").Build(new SchemaBuildOptions { RequireResolvers = false, ValidateSchema = false });

        var error = Assert.Single(SchemaValidator.Validate(schema));

        Assert.Equal("The type of In.x must be Input Type but got: Query.", error.Message);
        Assert.Equal(new Headless.GraphQL.Errors.ErrorLocation(2, 15), Assert.Single(error.Locations));
    }

    private static IReadOnlyList<string> ErrorsOf(string sdl)
    {
        try
        {
            SchemaBuilder.FromSdl(sdl).BuildWithoutResolvers();
            return [];
        }
        catch (SchemaBuildException error)
        {
            return error.Errors;
        }
    }
}
