using Headless.GraphQL.Diagnostics;
using Headless.Infrastructure.Redis;
using Headless.Infrastructure.Telemetry;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Headless.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the host: spans from ASP.NET Core (W3C trace context from incoming headers), HttpClient,
/// EF Core, Npgsql, Redis and the GraphQL engine; metrics from the same plus the runtime and the commerce meter;
/// exported over OTLP (<c>Telemetry:Otlp:Endpoint</c>) and to Prometheus on a management port
/// (<c>Telemetry:Prometheus:Port</c>). Nothing listens, and nothing costs, until one of them is configured.
/// </summary>
public static class TelemetryExtensions
{
    public const string ServiceName = "headless-api";

    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddHeadlessTelemetry(this WebApplicationBuilder builder)
    {
        var settings = new TelemetrySettings();
        builder.Configuration.GetSection(TelemetrySettings.SectionName).Bind(settings);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<IRedisConnectionListener, RedisTracing>();
        builder.Services.AddHeadlessMetrics(sampleOutbox: false);
        if (!settings.TracesEnabled && !settings.MetricsEnabled)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(ServiceName));
        if (settings.TracesEnabled)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddSource(GraphQLTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsOperationalPath(http.Request.Path))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql()
                    .AddRedisInstrumentation()
                    .AddOtlpExporter(otlp => ConfigureOtlp(otlp, settings.Otlp, "v1/traces"));
            });
        }

        if (settings.MetricsEnabled)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(GraphQLTelemetry.MeterName, HeadlessMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (settings.Otlp.Endpoint is not null)
                {
                    metrics.AddOtlpExporter((otlp, reader) =>
                    {
                        ConfigureOtlp(otlp, settings.Otlp, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)settings.Otlp.MetricsInterval.TotalMilliseconds;
                    });
                }

                if (settings.Prometheus.Port is > 0)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        }

        if (settings.Prometheus.Port is > 0 and var port)
        {
            ManagementListener.Add(builder, settings.Prometheus.Host, port);
        }

        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c>, answered only on connections to the management port: the public port has no such
    /// path (a Host header cannot fake a local port).
    /// </summary>
    public static WebApplication UseHeadlessMetricsEndpoint(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (settings.Prometheus.Port is > 0 and var port)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(
                http => http.Connection.LocalPort == port && http.Request.Path == MetricsPath);
        }

        return app;
    }

    private static void ConfigureOtlp(OtlpExporterOptions otlp, TelemetrySettings.OtlpSettings settings, string signalPath)
    {
        var grpc = string.Equals(settings.Protocol, "Grpc", StringComparison.OrdinalIgnoreCase);
        otlp.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        // Over HTTP an endpoint given in code is used as it is, so the signal's path is ours to add.
        var endpoint = settings.Endpoint!;
        otlp.Endpoint = grpc ? endpoint : new Uri(endpoint.ToString().TrimEnd('/') + "/" + signalPath);
    }

    /// <summary>Health probes and scrapes every few seconds would drown the traces that matter.</summary>
    private static bool IsOperationalPath(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.Ordinal) || path.StartsWithSegments(MetricsPath, StringComparison.Ordinal);
}
