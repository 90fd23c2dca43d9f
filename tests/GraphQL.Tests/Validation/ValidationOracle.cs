using System.Text.Json;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Tests.Support;

namespace Headless.GraphQL.Tests.Validation;

/// <summary>An error as both sides report it: the message and "line:column" locations.</summary>
public sealed record ReportedError(string Message, IReadOnlyList<string> Locations)
{
    public string LocationKey => string.Join(" ", Locations);

    public static ReportedError From(GraphQLError error) =>
        new(error.Message, [.. error.Locations.Select(l => $"{l.Line}:{l.Column}")]);
}

/// <summary>graphql-js's verdict on one document: its validation errors, or why it could not validate.</summary>
public sealed record OracleVerdict(IReadOnlyList<ReportedError>? Errors, string? Failure);

/// <summary>Runs graphql-js <c>validate(buildSchema(sdl), parse(doc))</c> over a whole batch in one Node process (tests/js/validation-oracle.mjs).</summary>
internal static class ValidationOracle
{
    public static IReadOnlyList<OracleVerdict> Validate(string sdl, IReadOnlyList<string> documents, bool hideSuggestions = false)
    {
        var input = JsonSerializer.Serialize(new { schema = sdl, documents, hideSuggestions });
        var output = NodeScript.Run("validation-oracle.mjs", input, TimeSpan.FromMinutes(2));
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(ToVerdict)];
    }

    private static OracleVerdict ToVerdict(JsonElement answer)
    {
        if (answer.TryGetProperty("syntaxError", out var syntax))
        {
            return new OracleVerdict(null, "syntax error: " + syntax.GetString());
        }

        if (answer.TryGetProperty("crash", out var crash))
        {
            return new OracleVerdict(null, "graphql-js threw: " + crash.GetString());
        }

        var errors = answer.GetProperty("errors").EnumerateArray().Select(e => new ReportedError(
            e.GetProperty("message").GetString()!,
            [.. e.GetProperty("locations").EnumerateArray().Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}")]));
        return new OracleVerdict([.. errors], null);
    }
}
