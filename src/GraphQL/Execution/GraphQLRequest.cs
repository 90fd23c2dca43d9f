using System.Text.Json;

namespace Headless.GraphQL.Execution;

/// <summary>A GraphQL-over-HTTP request body: query text, optional operation name, variables and extensions.</summary>
public sealed record GraphQLRequest(string Query)
{
    public string? OperationName { get; init; }

    /// <summary>Variables as dictionaries, lists and primitives; see <see cref="WithVariables(JsonElement)"/> for JSON.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The same request with variables read from a JSON object (null or undefined means none).</summary>
    public GraphQLRequest WithVariables(JsonElement variables) => this with
    {
        Variables = variables.ValueKind == JsonValueKind.Object ? ExternalValue.FromJsonObject(variables) : null,
    };
}
