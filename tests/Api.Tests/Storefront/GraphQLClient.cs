using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Headless.Api.Tests.Storefront;

/// <summary>POSTs GraphQL requests as application/json and returns the parsed response.</summary>
public static class GraphQLClient
{
    public static async Task<JsonObject> PostAsync(this HttpClient client, string query, object? variables = null, string? operationName = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The response's data, after checking there were no errors.</summary>
    public static async Task<JsonObject> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsync(query, variables);
        Assert.False(response.ContainsKey("errors"), response.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return response["data"]!.AsObject();
    }
}
