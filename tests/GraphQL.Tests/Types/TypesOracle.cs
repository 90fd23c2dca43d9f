using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Tests.Support;

namespace Headless.GraphQL.Tests.Types;

/// <summary>Asks graphql-js (tests/js/types-oracle.mjs) for reference answers, one node process per batch.</summary>
internal static class TypesOracle
{
    public static IReadOnlyList<JsonObject> Ask(IEnumerable<JsonObject> cases)
    {
        var input = new JsonArray([.. cases]).ToJsonString();
        var output = NodeScript.Run("types-oracle.mjs", input, TimeSpan.FromMinutes(2));
        return [.. JsonNode.Parse(output)!.AsArray().Select(n => n!.AsObject())];
    }

    public static JsonObject Case(string mode, string sdl) => new() { ["mode"] = mode, ["sdl"] = sdl };

    /// <summary>Reads a case file: cases start with a <c>### name</c> line.</summary>
    public static IReadOnlyList<(string Name, string Source)> ReadCases(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        var cases = new List<(string, string)>();
        string? name = null;
        var lines = new List<string>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    cases.Add((name, string.Join("\n", lines)));
                }

                name = line[4..].Trim();
                lines.Clear();
            }
            else
            {
                lines.Add(line);
            }
        }

        if (name is not null)
        {
            cases.Add((name, string.Join("\n", lines)));
        }

        return cases;
    }

    public static string? Text(this JsonObject answer, string key) => answer[key]?.GetValue<string>();

    public static string Describe(JsonObject answer) => answer.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
