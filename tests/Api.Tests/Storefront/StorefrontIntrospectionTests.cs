using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Tests.Support;

namespace Headless.Api.Tests.Storefront;

/// <summary>
/// The published schema file is what a client learns through introspection: graphql-js asks with its own full
/// introspection query, rebuilds the schema from our answer and prints it. The printed SDL route alone would not
/// prove this, since our engine prints it from the same model introspection reads.
/// </summary>
public sealed class StorefrontIntrospectionTests(SqliteStorefront database) : IClassFixture<SqliteStorefront>
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task TheSchemaServedThroughIntrospectionIsThePublishedFile()
    {
        var query = Oracle(new JsonObject
        {
            ["mode"] = "query",
            ["options"] = new JsonObject
            {
                ["descriptions"] = true,
                ["specifiedByUrl"] = true,
                ["directiveIsRepeatable"] = true,
                ["schemaDescription"] = true,
                ["inputValueDeprecation"] = true,
                ["oneOf"] = true,
            },
        })["query"]!.GetValue<string>();
        using var client = database.Factory.CreateClient();

        var introspection = await client.DataAsync(query);
        var answer = Oracle(new JsonObject { ["mode"] = "client", ["introspection"] = introspection.DeepClone() });

        var published = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "storefront.graphql"));
        // Introspection carries directive definitions but not where they are applied (the @listSize size hints):
        // graphql-js rebuilds the file without them.
        Assert.Equal(WithoutFinalNewline(WithoutAppliedDirectives(published)), WithoutFinalNewline(answer["printed"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GraphQLJsBuildsTheServedSchemaWithItsAppliedDirectives()
    {
        using var client = database.Factory.CreateClient();
        var served = await client.GetStringAsync("/graphql/schema.graphql");

        var answer = Oracle(new JsonObject { ["mode"] = "build", ["sdl"] = served });

        Assert.Contains("@listSize(", served, StringComparison.Ordinal);
        Assert.Empty(answer["errors"]!.AsArray());
    }

    /// <summary>The file without the schema's own directives where applied (built-in ones and declarations stay).</summary>
    private static string WithoutAppliedDirectives(string sdl) =>
        System.Text.RegularExpressions.Regex.Replace(sdl, @"(?<!directive) @(?!deprecated\b|specifiedBy\b|oneOf\b)\w+(\([^)]*\))?", "");

    /// <summary>One case for tests/js/types-oracle.mjs, graphql-js's answer back.</summary>
    private static JsonObject Oracle(JsonObject question)
    {
        var output = NodeScript.Run("types-oracle.mjs", new JsonArray(question).ToJsonString(), NodeTimeout);
        var answer = JsonNode.Parse(output)!.AsArray().Single()!.AsObject();
        Assert.True(answer["error"] is null, answer.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return answer;
    }

    private static string WithoutFinalNewline(string text) => text.EndsWith('\n') ? text[..^1] : text;
}
