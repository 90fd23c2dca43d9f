using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Tests.Support;
using Xunit.Abstractions;

namespace Headless.GraphQL.Tests.Execution.Differential;

/// <summary>
/// The same SDL, data and resolvers (by naming convention) in graphql-js and in ours, for every operation in
/// cases.json: <c>data</c> must be equal, and errors must be equal by path and locations (messages are counted).
/// All graphql-js answers come from one Node process.
/// </summary>
public sealed class ExecutionDifferentialTests(ITestOutputHelper output)
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Execution", "Differential");
    private static readonly string Sdl = File.ReadAllText(Path.Combine(Directory, "schema.graphql"));
    private static readonly string DataJson = File.ReadAllText(Path.Combine(Directory, "data.json"));
    private static readonly string CasesJson = File.ReadAllText(Path.Combine(Directory, "cases.json"));

    private static readonly Lazy<Dictionary<string, JsonNode>> Reference = new(() =>
    {
        var input = $"{{\"sdl\":{JsonSerializer.Serialize(Sdl)},\"data\":{DataJson},\"cases\":{CasesJson}}}";
        var answers = JsonNode.Parse(NodeScript.Run("execution-oracle.mjs", input, TimeSpan.FromMinutes(2)))!.AsArray();
        return answers.ToDictionary(a => a!["name"]!.GetValue<string>(), a => a!["result"]!);
    });

    private static readonly Lazy<(GraphQLExecutor Executor, DifferentialResolvers Resolvers)> Ours = new(() =>
    {
        using var data = JsonDocument.Parse(DataJson);
        var resolvers = new DifferentialResolvers(data.RootElement.Clone());
        var schema = DifferentialResolvers.BuildSchema(Sdl, resolvers);
        return (new GraphQLExecutor(schema, new ExecutionOptions { IncludeExceptionDetails = true }), resolvers);
    });

    private static IReadOnlyList<JsonElement> Cases()
    {
        using var cases = JsonDocument.Parse(CasesJson);
        return [.. cases.RootElement.EnumerateArray().Select(c => c.Clone())];
    }

    [Fact]
    public async Task EveryOperationGivesGraphQLJsDataAndErrorPositions()
    {
        var failures = new List<string>();
        int errorsCompared = 0, messagesEqual = 0;
        var cases = Cases();
        Assert.True(cases.Count >= 150, $"only {cases.Count} cases");
        foreach (var @case in cases)
        {
            var name = @case.GetProperty("name").GetString()!;
            var expected = Reference.Value[name];
            var actual = JsonNode.Parse(await RunOursAsync(@case))!;

            if (expected["errors"]?.AsArray().Any(e => e!["message"]!.GetValue<string>().Contains("Cannot query field", StringComparison.Ordinal)) == true)
            {
                failures.Add($"{name}: the case is not valid GraphQL: {expected.ToJsonString()}");
                continue;
            }

            if (!JsonNode.DeepEquals(expected["data"], actual["data"]) || (expected.AsObject().ContainsKey("data") != actual.AsObject().ContainsKey("data")))
            {
                failures.Add($"{name}: data differs\n  js:   {expected["data"]?.ToJsonString() ?? "(none)"}\n  ours: {actual["data"]?.ToJsonString() ?? "(none)"}");
            }

            var expectedErrors = Shape(expected["errors"]);
            var actualErrors = Shape(actual["errors"]);
            if (!expectedErrors.Select(e => e.Position).SequenceEqual(actualErrors.Select(e => e.Position)))
            {
                failures.Add($"{name}: errors differ\n  js:   {string.Join(" | ", expectedErrors)}\n  ours: {string.Join(" | ", actualErrors)}");
                continue;
            }

            for (var i = 0; i < expectedErrors.Count; i++)
            {
                errorsCompared++;
                if (expectedErrors[i].Message == actualErrors[i].Message)
                {
                    messagesEqual++;
                }
                else
                {
                    output.WriteLine($"{name}: message differs: js \"{expectedErrors[i].Message}\" ours \"{actualErrors[i].Message}\"");
                }
            }
        }

        output.WriteLine($"{cases.Count} operations; {errorsCompared} errors compared by path and locations; {messagesEqual} with the same message.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} operations differ from graphql-js:\n" + string.Join("\n", failures));
    }

    private static async Task<string> RunOursAsync(JsonElement @case)
    {
        var (executor, _) = Ours.Value;
        var request = new GraphQLRequest(@case.GetProperty("query").GetString()!)
        {
            OperationName = @case.TryGetProperty("operationName", out var operation) ? operation.GetString() : null,
        };
        if (@case.TryGetProperty("variables", out var variables))
        {
            request = request.WithVariables(variables);
        }

        var items = new Dictionary<string, object?> { ["state"] = new DifferentialResolvers.MutationState() };
        var result = await executor.ExecuteAsync(request, items: items, rootValue: Ours.Value.Resolvers.Root);
        return ExecutionResultWriter.ToJson(result);
    }

    private static List<(string Position, string Message)> Shape(JsonNode? errors) =>
        errors is null
            ? []
            : [.. errors.AsArray()
                .Select(e => (Position: $"path={e!["path"]?.ToJsonString() ?? "-"} locations={e["locations"]?.ToJsonString() ?? "-"}", Message: e["message"]!.GetValue<string>()))
                .OrderBy(e => e.Position, StringComparer.Ordinal)
                .ThenBy(e => e.Message, StringComparer.Ordinal)];
}
