using System.Text.Json;

namespace Headless.Api.Tests.Telemetry;

/// <summary>
/// The alert rules and the dashboard in <c>ops/</c> read only metrics a running API exports: a renamed
/// instrument would otherwise leave an alert that can never fire.
/// </summary>
[Collection(ProductionServerCollection.Name)]
public sealed class OpsMetricNamesTests(ProductionServer production)
{
    // Series Prometheus makes itself for every target, not the API.
    private static readonly HashSet<string> ScrapeSeries = ["up"];

    [Fact]
    public async Task EveryMetricTheAlertRulesUseIsExported()
    {
        var expressions = AlertExpressions();
        Assert.True(expressions.Count >= 8, string.Join('\n', expressions));
        await AssertExportedAsync(expressions);
    }

    [Fact]
    public async Task EveryMetricTheDashboardUsesIsExported()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(OpsFile("grafana", "headless-overview.json")));
        var expressions = new List<string>();
        Collect(dashboard.RootElement, expressions);
        Assert.True(expressions.Count >= 10, string.Join('\n', expressions));
        await AssertExportedAsync(expressions);
    }

    [Fact]
    public void TheNameExtractorFindsMetricsAndSkipsFunctionsLabelsAndKeywords()
    {
        var names = PromQlMetricNames.Of(
            "histogram_quantile(0.99, sum by (le, job) (rate(a_seconds_bucket{job=\"x\",code=~\"5..\"}[5m]))) / on (job) b_total > 1e-3 and up == 0");
        Assert.Equal(["a_seconds_bucket", "b_total", "up"], names);
    }

    private async Task AssertExportedAsync(IReadOnlyList<string> expressions)
    {
        using var metrics = production.CreateMetricsClient();
        var exported = ExportedSeries(await metrics.GetStringAsync("/metrics"));
        foreach (var expression in expressions)
        {
            var names = PromQlMetricNames.Of(expression);
            Assert.True(names.Count > 0, $"No metric in: {expression}");
            foreach (var name in names.Where(n => !ScrapeSeries.Contains(n)))
            {
                Assert.True(exported.Contains(name), $"{name} (in {expression}) is not exported; exported: {string.Join(", ", exported.Order())}");
            }
        }
    }

    /// <summary>Every series name in an exposition, with the _bucket/_sum/_count series of histograms.</summary>
    private static HashSet<string> ExportedSeries(string exposition)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in exposition.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var end = line.IndexOfAny(['{', ' ']);
            names.Add(end < 0 ? line : line[..end]);
        }

        return names;
    }

    /// <summary>The <c>expr:</c> lines of the rules file; each expression must fit on its line (no block scalars).</summary>
    private static List<string> AlertExpressions()
    {
        var expressions = new List<string>();
        foreach (var line in File.ReadLines(OpsFile("prometheus", "alerts.yml")))
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith("expr:", StringComparison.Ordinal))
            {
                continue;
            }

            var expression = trimmed["expr:".Length..].Trim();
            Assert.False(expression is "" or "|" or ">" or "|-" or ">-", $"Multi-line expressions are not read by this test: {line}");
            expressions.Add(expression.Trim('\'', '"'));
        }

        return expressions;
    }

    private static void Collect(JsonElement element, List<string> expressions)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "expr" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        expressions.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, expressions);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, expressions);
                }

                break;
        }
    }

    private static string OpsFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "ops", .. parts]);
}
