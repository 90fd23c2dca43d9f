using System.Text.Json;
using System.Text.Json.Nodes;
using Headless.GraphQL.Tests.Support;

namespace Headless.GraphQL.Tests.Transport.Support;

/// <summary>Runs one of the tests/js transport scripts with a JSON input and reads its JSON answer.</summary>
internal static class NodeJson
{
    public static async Task<JsonObject> RunAsync(string script, object input, params string[] packages)
    {
        foreach (var package in packages)
        {
            NodeScript.EnsureInstalled(package);
        }

        var text = JsonSerializer.Serialize(input);
        var answer = await Task.Run(() => NodeScript.Run(script, text, TimeSpan.FromMinutes(1)));
        return JsonNode.Parse(answer)!.AsObject();
    }
}
