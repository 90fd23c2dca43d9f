using System.Net;
using System.Text.Json;

namespace Headless.Api.Tests.Health;

/// <summary>A health endpoint's answer, read back from its JSON.</summary>
public sealed record HealthResponse(HttpStatusCode StatusCode, string Status, IReadOnlyDictionary<string, string> CheckStatuses)
{
    public static async Task<HealthResponse> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(check => check.GetProperty("name").GetString()!, check => check.GetProperty("status").GetString()!);
        return new HealthResponse(response.StatusCode, body.RootElement.GetProperty("status").GetString()!, checks);
    }
}
