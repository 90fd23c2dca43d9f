using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Headless.Api.Health;

/// <summary>
/// Writes a health report as JSON: overall status, and per check its status, duration and why it failed.
/// Exception messages are included but never stack traces.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new Body(
            report.Status.ToString(),
            Milliseconds(report.TotalDuration),
            report.Entries
                .Select(entry => new Check(
                    entry.Key,
                    entry.Value.Status.ToString(),
                    Milliseconds(entry.Value.Duration),
                    entry.Value.Description,
                    entry.Value.Exception?.Message))
                .ToList());

        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);

    private sealed record Body(string Status, double DurationMs, IReadOnlyList<Check> Checks);

    private sealed record Check(string Name, string Status, double DurationMs, string? Description, string? Error);
}
