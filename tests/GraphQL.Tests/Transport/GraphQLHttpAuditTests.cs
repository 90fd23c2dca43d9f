using System.Text.Json;
using Headless.GraphQL.Tests.Support;
using Headless.GraphQL.Tests.Transport.Support;
using Xunit.Abstractions;

namespace Headless.GraphQL.Tests.Transport;

/// <summary>The graphql-http package's audit suite (GraphQL over HTTP conformance) against our endpoint on Kestrel.</summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EndpointPassesEveryAuditOfGraphQLHttp()
    {
        NodeScript.EnsureInstalled("graphql-http");
        await using var server = await TransportTestServer.StartAsync();

        var json = await Task.Run(() => NodeScript.Run("http-audit.mjs", server.HttpUrl.ToString(), TimeSpan.FromMinutes(2)));
        var audits = JsonSerializer.Deserialize<List<AuditResult>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        foreach (var audit in audits)
        {
            output.WriteLine($"{audit.Status,-6} {audit.Id} {audit.Name}{(audit.Reason is null ? "" : " — " + audit.Reason)}");
        }

        var counts = audits.GroupBy(a => a.Name.Split(' ')[0]).Select(g => $"{g.Key}: {g.Count(a => a.Status == "ok")}/{g.Count()}");
        output.WriteLine(string.Join(", ", counts));

        Assert.True(audits.Count >= 60, $"Expected the full audit suite, got {audits.Count} audits.");
        var failed = audits.Where(a => a.Status != "ok").Select(a => $"{a.Id} {a.Name}: {a.Reason}").ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join('\n', failed));
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
