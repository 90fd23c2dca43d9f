namespace Headless.Api.Tests.Telemetry;

/// <summary>A span as an OTLP receiver decoded it: ids in lower-case hex, attributes as strings.</summary>
public sealed record ReceivedSpan(
    string Scope, string Name, string TraceId, string SpanId, string ParentSpanId, IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);
}
