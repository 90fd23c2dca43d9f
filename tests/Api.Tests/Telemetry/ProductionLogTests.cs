using System.Text.Json;

namespace Headless.Api.Tests.Telemetry;

/// <summary>What a Production server writes to its console during a full checkout.</summary>
[Collection(ProductionServerCollection.Name)]
public sealed class ProductionLogTests(ProductionServer production)
{
    [Fact]
    public void TheLogOfAFullCheckoutHoldsNoPersonalDataNoTokensAndNoCardToken()
    {
        var log = production.Server.Output();
        // The scan means something only if the checkout's requests were logged at all.
        Assert.True(log.Split('\n').Count(l => l.Contains("/graphql", StringComparison.Ordinal)) >= 8, log);

        string[] personal = [ProductionServer.Email, ProductionServer.FirstName, ProductionServer.LastName, ProductionServer.Street, ProductionServer.Phone];
        foreach (var value in personal.Concat(production.Secrets).Append(ProductionServer.CardToken))
        {
            Assert.False(log.Contains(value, StringComparison.OrdinalIgnoreCase), $"The log holds \"{value}\":\n{log}");
        }
    }

    [Fact]
    public void EveryLogLineIsJsonAndRequestEntriesCarryTraceSpanAndRequestIds()
    {
        var lines = production.Server.Output().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var entries = lines.Select(line =>
        {
            try
            {
                return JsonDocument.Parse(line).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new Xunit.Sdk.XunitException($"Not a JSON log line: {line}");
            }
        }).ToList();

        Assert.All(entries, e => Assert.True(e.TryGetProperty("Timestamp", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _)));
        var scoped = entries.Where(e => e.TryGetProperty("Scopes", out var scopes) && HasScopeValue(scopes, "RequestId")).ToList();
        Assert.NotEmpty(scoped);
        Assert.All(scoped, e =>
        {
            var scopes = e.GetProperty("Scopes");
            Assert.True(HasScopeValue(scopes, "TraceId") && HasScopeValue(scopes, "SpanId"), e.ToString());
        });
    }

    private static bool HasScopeValue(JsonElement scopes, string name) =>
        scopes.ValueKind == JsonValueKind.Array
        && scopes.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0);
}
