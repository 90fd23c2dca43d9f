using System.Text.Json.Nodes;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Tests.Types;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Tests.Introspection;

public sealed class IntrospectionRoundTripTests
{
    /// <summary>graphql-js getIntrospectionQuery with every optional part on, so the round trip covers all of it.</summary>
    private static readonly JsonObject FullQueryOptions = new()
    {
        ["descriptions"] = true,
        ["specifiedByUrl"] = true,
        ["directiveIsRepeatable"] = true,
        ["schemaDescription"] = true,
        ["inputValueDeprecation"] = true,
        ["oneOf"] = true,
    };

    /// <summary>As graphql-js buildSchema: no resolvers and no validation (some cases, such as empty types, are invalid on purpose).</summary>
    private static readonly SchemaBuildOptions TypeSystemOnly = new() { RequireResolvers = false, ValidateSchema = false };

    [Fact]
    public async Task GraphQLJsRebuildsFromOurIntrospectionTheSchemaOurPrinterPrints()
    {
        var sdls = TypesOracle.ReadCases(Path.Combine("Types", "Cases", "print-cases.graphql")).ToList();
        sdls.Add(("github schema", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "graphql-js", "github-schema.graphql"))));
        var query = TypesOracle.Ask([new JsonObject { ["mode"] = "query", ["options"] = FullQueryOptions.DeepClone() }])[0].Text("query")!;

        var printed = new List<string>();
        var requests = new List<JsonObject>();
        foreach (var (_, sdl) in sdls)
        {
            var schema = SchemaBuilder.FromSdl(sdl).Build(TypeSystemOnly);
            var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest(query));
            Assert.Empty(result.Errors);
            printed.Add(SchemaPrinter.Print(schema));
            var data = JsonNode.Parse(ExecutionResultWriter.ToJson(result))!["data"]!;
            requests.Add(new JsonObject { ["mode"] = "client", ["introspection"] = data.DeepClone() });
        }

        var answers = TypesOracle.Ask(requests);
        var failures = new List<string>();
        for (var i = 0; i < sdls.Count; i++)
        {
            var rebuilt = answers[i].Text("printed");
            if (rebuilt != printed[i])
            {
                failures.Add($"{sdls[i].Name}:\n--- graphql-js from our introspection\n{rebuilt ?? TypesOracle.Describe(answers[i])}\n--- our printer\n{printed[i]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task BuiltInScalarsDirectivesAndIntrospectionTypesDescribeThemselvesAsInGraphQLJs()
    {
        // Every built-in scalar is referenced, so graphql-js lists all five as we do; the texts of the introspection
        // types, the built-in directives and specifiedByURL come with the full introspection query.
        const string sdl = """
            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            input Pick @oneOf { a: Int b: String }
            type Query {
              id(value: ID): ID
              number(value: Int, ratio: Float @deprecated(reason: "Use value.")): Float
              text(value: String, flag: Boolean, pick: Pick): String
              link: Url @deprecated
            }
            """;
        var introspection = TypesOracle.Ask([new JsonObject { ["mode"] = "query", ["options"] = FullQueryOptions.DeepClone() }])[0].Text("query")!;
        var queries = new[]
        {
            introspection,
            """{ __type(name: "ID") { description specifiedByURL } s: __type(name: "Url") { specifiedByURL } }""",
        };
        var schema = SchemaBuilder.FromSdl(sdl).Build(TypeSystemOnly);

        var answers = TypesOracle.Ask(queries.Select(query => new JsonObject { ["mode"] = "execute", ["sdl"] = sdl, ["query"] = query }));
        for (var i = 0; i < queries.Length; i++)
        {
            var ours = JsonNode.Parse(ExecutionResultWriter.ToJson(await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest(queries[i]))))!;
            Assert.Equal(TypesByName(answers[i]["result"]!).ToJsonString(), TypesByName(ours).ToJsonString());
        }
    }

    /// <summary>The order of <c>__schema.types</c> is the type map's, which the spec leaves open: compared by name.</summary>
    private static JsonNode TypesByName(JsonNode result)
    {
        var copy = result.DeepClone();
        if (copy["data"]?["__schema"]?["types"] is JsonArray types)
        {
            var sorted = types.OrderBy(t => (string?)t!["name"], StringComparer.Ordinal).Select(t => t!.DeepClone()).ToArray();
            copy["data"]!["__schema"]!["types"] = new JsonArray(sorted);
        }

        return copy;
    }

    [Fact]
    public async Task DeprecatedMembersAreHiddenUnlessAskedFor()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int old: Int @deprecated f(x: Int, y: Int @deprecated): Int }
            enum E { A B @deprecated }
            input I { a: Int b: Int @deprecated }
            """).BuildWithoutResolvers();
        const string query = """
            {
              q: __type(name: "Query") { fields { name args { name } } all: fields(includeDeprecated: true) { name args(includeDeprecated: true) { name } } }
              e: __type(name: "E") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              i: __type(name: "I") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
            }
            """;

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest(query));
        var data = JsonNode.Parse(ExecutionResultWriter.ToJson(result))!["data"]!;

        Assert.Equal("""[{"name":"a","args":[]},{"name":"f","args":[{"name":"x"}]}]""", data["q"]!["fields"]!.ToJsonString());
        Assert.Equal("""[{"name":"a","args":[]},{"name":"old","args":[]},{"name":"f","args":[{"name":"x"},{"name":"y"}]}]""", data["q"]!["all"]!.ToJsonString());
        Assert.Equal("""[{"name":"A"}]""", data["e"]!["enumValues"]!.ToJsonString());
        Assert.Equal("""[{"name":"A","isDeprecated":false,"deprecationReason":null},{"name":"B","isDeprecated":true,"deprecationReason":"No longer supported"}]""", data["e"]!["all"]!.ToJsonString());
        Assert.Equal("""[{"name":"a"}]""", data["i"]!["inputFields"]!.ToJsonString());
        Assert.Equal("""[{"name":"a"},{"name":"b"}]""", data["i"]!["all"]!.ToJsonString());
    }
}
