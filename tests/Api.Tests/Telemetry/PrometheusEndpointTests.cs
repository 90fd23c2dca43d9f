using System.Net;

namespace Headless.Api.Tests.Telemetry;

/// <summary>The Prometheus scrape endpoint of a Production server on its management port.</summary>
[Collection(ProductionServerCollection.Name)]
public sealed class PrometheusEndpointTests(ProductionServer production)
{
    [Fact]
    public async Task TheManagementPortServesRequestDurationAndErrorsByOperation()
    {
        using var metrics = production.CreateMetricsClient();
        var text = await metrics.GetStringAsync("/metrics");

        var durations = Series(text, "headless_graphql_request_duration_seconds_count");
        Assert.Contains(durations, s => s.Contains("graphql_operation_name=\"PlaceOrder\"", StringComparison.Ordinal) && s.Contains("graphql_operation_type=\"mutation\"", StringComparison.Ordinal));
        Assert.Contains(durations, s => s.Contains("graphql_operation_name=\"CreateCart\"", StringComparison.Ordinal));
        var errors = Series(text, "headless_graphql_errors_total");
        Assert.Contains(errors, s => s.Contains("graphql_operation_name=\"BrokenOnPurpose\"", StringComparison.Ordinal) && s.Contains("graphql_error_code=\"GRAPHQL_VALIDATION_FAILED\"", StringComparison.Ordinal));
        Assert.Contains(Series(text, "headless_payments_failures_total"), s => s.Contains("payment_failure=\"declined\"", StringComparison.Ordinal) && !s.EndsWith(" 0", StringComparison.Ordinal));
        Assert.Contains(Series(text, "headless_orders_placed_total"), s => !s.EndsWith(" 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePublicPortHasNoMetrics()
    {
        using var client = production.Server.CreateClient();
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The sample lines of one series name (name, labels, value), without the timestamp if any.</summary>
    private static List<string> Series(string exposition, string name) =>
        [.. exposition.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(l => l.Split(' ') is var parts && parts.Length > 2 ? string.Join(' ', parts[..2]) : l)];
}
