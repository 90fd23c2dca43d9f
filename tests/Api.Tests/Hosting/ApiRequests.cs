using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Hosting;

/// <summary>Raw requests to the host whose status and headers a test asserts (GraphQLClient insists on success).</summary>
internal static class ApiRequests
{
    public const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostGraphQLAsync(this HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static async Task<HttpResponseMessage> GetWithAcceptAsync(this HttpClient client, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    public static string? FirstErrorCode(this JsonObject body) => (string?)body["errors"]?[0]?["extensions"]?["code"];
}
