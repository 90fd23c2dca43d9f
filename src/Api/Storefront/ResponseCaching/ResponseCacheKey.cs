using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Headless.GraphQL.Language;
using Microsoft.Net.Http.Headers;

namespace Headless.Api.Storefront.ResponseCaching;

/// <summary>
/// The key of a GraphQL request for the response cache: the document printed canonically (whitespace, commas and
/// comments do not matter), the operation name, the variables and extensions as compact JSON, and the
/// <c>Accept</c> header (it picks the answer's media type). A <c>GET</c> and a <c>POST</c> of the same request share
/// a key: they get the same answer. Null when the request is not one the cache can key (no document, a malformed
/// body, an unknown member).
/// </summary>
internal static class ResponseCacheKey
{
    /// <summary>Documents seen often are printed once; the memo is bounded, so new texts are printed every time instead.</summary>
    private const int MaxMemoizedDocuments = 1000;

    private static readonly ConcurrentDictionary<string, string?> Canonical = new(StringComparer.Ordinal);

    public static string? FromQueryString(HttpRequest request)
    {
        var query = request.Query;
        if (query.Count > 4 || query.Keys.Any(k => k is not ("query" or "operationName" or "variables" or "extensions")))
        {
            return null;
        }

        var variables = Compact(query["variables"].ToString());
        var extensions = Compact(query["extensions"].ToString());
        return variables is null || extensions is null ? null : Compose(request, query["query"].ToString(), query["operationName"].ToString(), variables, extensions);
    }

    public static string? FromJsonBody(HttpRequest request, byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? text = null, operationName = null, variables = "", extensions = "";
            foreach (var member in document.RootElement.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "query" when member.Value.ValueKind == JsonValueKind.String:
                        text = member.Value.GetString();
                        break;
                    case "operationName" when member.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                        operationName = member.Value.GetString();
                        break;
                    case "variables":
                        variables = member.Value.ValueKind == JsonValueKind.Null ? "" : JsonSerializer.Serialize(member.Value);
                        break;
                    case "extensions":
                        extensions = member.Value.ValueKind == JsonValueKind.Null ? "" : JsonSerializer.Serialize(member.Value);
                        break;
                    default:
                        return null;
                }
            }

            return variables is null || extensions is null ? null : Compose(request, text, operationName, variables, extensions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Compose(HttpRequest request, string? text, string? operationName, string variables, string extensions)
    {
        if (string.IsNullOrEmpty(text) || CanonicalDocument(text) is not { } document)
        {
            return null;
        }

        return new StringBuilder(document.Length + variables.Length + 64)
            .Append(request.Headers[HeaderNames.Accept].ToString()).Append('\n')
            .Append(operationName).Append('\n')
            .Append(variables).Append('\n')
            .Append(extensions).Append('\n')
            .Append(document)
            .ToString();
    }

    private static string? CanonicalDocument(string text)
    {
        if (Canonical.TryGetValue(text, out var known))
        {
            return known;
        }

        string? printed;
        try
        {
            printed = Printer.Print(Parser.Parse(text, new ParserOptions { NoLocation = true }));
        }
        catch (Exception ex) when (ex is GraphQLSyntaxException or DocumentLimitException)
        {
            // Whatever the engine answers to this text, it is an error, and errors are never stored.
            printed = null;
        }

        if (Canonical.Count < MaxMemoizedDocuments)
        {
            Canonical.TryAdd(text, printed);
        }

        return printed;
    }

    /// <summary>JSON without insignificant whitespace; "" for none; null for malformed JSON (never stored).</summary>
    private static string? Compact(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "";
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            return document.RootElement.ValueKind == JsonValueKind.Null ? "" : JsonSerializer.Serialize(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
