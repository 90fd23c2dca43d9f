using System.Text.Json;
using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// Reads the request parameters (GraphQL over HTTP §"Request Parameters") from a JSON object or from URL query
/// parameters, checking each one's type: <c>query</c> and <c>operationName</c> strings, <c>variables</c> and
/// <c>extensions</c> maps, each optional or null.
/// </summary>
public static class RequestParameters
{
    public static OperationRequest FromJson(JsonElement body) => JsonText.Read(() => ReadObject(body));

    private static OperationRequest ReadObject(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The request body must be a JSON object.");
        }

        string? query = null, documentId = null, operationName = null;
        Dictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = ReadString(property);
                    break;
                case "documentId":
                    documentId = ReadString(property);
                    break;
                case "operationName":
                    operationName = ReadString(property);
                    break;
                case "variables":
                    variables = ReadMap(property.Name, property.Value);
                    break;
                case "extensions":
                    extensions = ReadMap(property.Name, property.Value);
                    break;
            }
        }

        return new OperationRequest
        {
            Query = query,
            DocumentId = documentId,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        };
    }

    /// <summary>GET parameters: <c>variables</c> and <c>extensions</c> are JSON-encoded strings.</summary>
    public static OperationRequest FromQueryString(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var parameters = query.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new OperationRequest
        {
            Query = Single(parameters, "query"),
            DocumentId = Single(parameters, "documentId"),
            OperationName = Single(parameters, "operationName"),
            Variables = ParseMap(parameters, "variables"),
            Extensions = ParseMap(parameters, "extensions"),
        };
    }

    /// <summary>Checks that the request names its document one way or another (text, id or persisted-query hash).</summary>
    public static void EnsureDocumentGiven(OperationRequest request)
    {
        if (request.Query is null && request.DocumentId is null && !request.HasPersistedQueryHash())
        {
            throw Invalid("The request has no 'query' parameter.");
        }
    }

    private static string? ReadString(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw Invalid($"The '{property.Name}' parameter must be a string."),
    };

    private static Dictionary<string, object?>? ReadMap(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => ExternalValue.FromJsonObject(value),
        JsonValueKind.Null => null,
        _ => throw Invalid($"The '{name}' parameter must be a map."),
    };

    private static string? Single(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw Invalid($"The '{name}' parameter is given more than once.");
        }

        return values[0];
    }

    private static Dictionary<string, object?>? ParseMap(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> parameters, string name)
    {
        var text = Single(parameters, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonText.Read(() => ReadMap(name, document.RootElement));
        }
        catch (JsonException)
        {
            throw Invalid($"The '{name}' parameter is not valid JSON.");
        }
    }

    private static RequestParameterException Invalid(string message) => new(message, TransportErrorCodes.BadRequest);
}
