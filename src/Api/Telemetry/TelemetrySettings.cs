namespace Headless.Api.Telemetry;

/// <summary>The <c>Telemetry</c> section: where traces and metrics go. Everything is off until configured.</summary>
public sealed class TelemetrySettings
{
    public const string SectionName = "Telemetry";

    public OtlpSettings Otlp { get; set; } = new();

    public PrometheusSettings Prometheus { get; set; } = new();

    /// <summary>Put the GraphQL document on operation spans (<c>graphql.document</c>); off: literals may hold personal data.</summary>
    public bool IncludeGraphQLDocument { get; set; }

    public bool TracesEnabled => Otlp.Endpoint is not null;

    public bool MetricsEnabled => Otlp.Endpoint is not null || Prometheus.Port is > 0;

    public sealed class OtlpSettings
    {
        /// <summary>Base address of an OTLP receiver, e.g. <c>http://collector:4318</c> (http/protobuf) or <c>:4317</c> (grpc); empty: no export.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary><c>HttpProtobuf</c> (default) or <c>Grpc</c>.</summary>
        public string Protocol { get; set; } = "HttpProtobuf";

        /// <summary>How often metrics are pushed.</summary>
        public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(60);
    }

    public sealed class PrometheusSettings
    {
        /// <summary>Management port serving <c>GET /metrics</c>; 0 or unset: no scrape endpoint. Never the public port.</summary>
        public int? Port { get; set; }

        /// <summary>Interface of the management listener: <c>localhost</c> by default; <c>0.0.0.0</c> where a scraper runs elsewhere (a pod).</summary>
        public string Host { get; set; } = "localhost";
    }
}
