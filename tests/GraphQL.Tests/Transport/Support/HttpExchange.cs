using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.GraphQL.Tests.Transport.Support;

/// <summary>One HTTP request to the test server and its decoded answer.</summary>
internal sealed record HttpExchange(HttpStatusCode Status, string? MediaType, JsonNode? Body, HttpResponseMessage Response)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static Task<HttpExchange> PostAsync(TransportTestServer server, object body, string accept = GraphQLResponse) =>
        SendAsync(server, new HttpRequestMessage(HttpMethod.Post, server.HttpUrl)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        }, accept);

    public static Task<HttpExchange> GetAsync(TransportTestServer server, string query, string accept = GraphQLResponse) =>
        SendAsync(server, new HttpRequestMessage(HttpMethod.Get, server.HttpUrl + "?query=" + Uri.EscapeDataString(query)), accept);

    public static async Task<HttpExchange> SendAsync(TransportTestServer server, HttpRequestMessage request, string accept = GraphQLResponse)
    {
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new HttpExchange(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            text.Length == 0 ? null : JsonNode.Parse(text),
            response);
    }

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public string? FirstErrorCode => (string?)Body?["errors"]?[0]?["extensions"]?["code"];
}
