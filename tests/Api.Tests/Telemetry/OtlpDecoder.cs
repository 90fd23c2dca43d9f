using System.Globalization;

namespace Headless.Api.Tests.Telemetry;

/// <summary>
/// Reads the parts of OTLP export requests the tests check (opentelemetry-proto, trace/v1 and metrics/v1):
/// span names, ids, parents and attributes, and metric names.
/// </summary>
public static class OtlpDecoder
{
    /// <summary>ExportTraceServiceRequest → resource_spans(1) → scope_spans(2) → scope(1).name(1), spans(2).</summary>
    public static List<ReceivedSpan> Spans(ReadOnlySpan<byte> request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var resource in Children(request, 1))
        {
            foreach (var scopeSpans in Children(resource, 2))
            {
                ReadScopeSpans(scopeSpans, spans);
            }
        }

        return spans;
    }

    /// <summary>ExportMetricsServiceRequest → resource_metrics(1) → scope_metrics(2) → metrics(2) → name(1).</summary>
    public static List<string> MetricNames(ReadOnlySpan<byte> request)
    {
        var names = new List<string>();
        foreach (var resource in Children(request, 1))
        {
            foreach (var scope in Children(resource, 2))
            {
                foreach (var metric in Children(scope, 2))
                {
                    var reader = new ProtobufReader(metric);
                    while (reader.Next())
                    {
                        if (reader.Field == 1 && reader.WireType == 2)
                        {
                            names.Add(reader.String());
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                }
            }
        }

        return names;
    }

    private static List<byte[]> Children(ReadOnlySpan<byte> message, int field)
    {
        var children = new List<byte[]>();
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            if (reader.Field == field && reader.WireType == 2)
            {
                children.Add(reader.Bytes().ToArray());
            }
            else
            {
                reader.Skip();
            }
        }

        return children;
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> scopeSpans, List<ReceivedSpan> spans)
    {
        var scope = "";
        var spanMessages = new List<byte[]>();
        var reader = new ProtobufReader(scopeSpans);
        while (reader.Next())
        {
            if (reader.Field == 1 && reader.WireType == 2)
            {
                var scopeReader = new ProtobufReader(reader.Bytes());
                while (scopeReader.Next())
                {
                    if (scopeReader.Field == 1 && scopeReader.WireType == 2)
                    {
                        scope = scopeReader.String();
                    }
                    else
                    {
                        scopeReader.Skip();
                    }
                }
            }
            else if (reader.Field == 2 && reader.WireType == 2)
            {
                spanMessages.Add(reader.Bytes().ToArray());
            }
            else
            {
                reader.Skip();
            }
        }

        foreach (var span in spanMessages)
        {
            spans.Add(ReadSpan(scope, span));
        }
    }

    /// <summary>Span: trace_id(1), span_id(2), parent_span_id(4), name(5), attributes(9).</summary>
    private static ReceivedSpan ReadSpan(string scope, ReadOnlySpan<byte> span)
    {
        string traceId = "", spanId = "", parentSpanId = "", name = "";
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ProtobufReader(span);
        while (reader.Next())
        {
            switch (reader.Field)
            {
                case 1 when reader.WireType == 2:
                    traceId = Convert.ToHexStringLower(reader.Bytes());
                    break;
                case 2 when reader.WireType == 2:
                    spanId = Convert.ToHexStringLower(reader.Bytes());
                    break;
                case 4 when reader.WireType == 2:
                    parentSpanId = Convert.ToHexStringLower(reader.Bytes());
                    break;
                case 5 when reader.WireType == 2:
                    name = reader.String();
                    break;
                case 9 when reader.WireType == 2:
                    var (key, value) = ReadKeyValue(reader.Bytes());
                    attributes[key] = value;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new ReceivedSpan(scope, name, traceId, spanId, parentSpanId, attributes);
    }

    /// <summary>KeyValue: key(1), value(2) = AnyValue: string(1), bool(2), int(3), double(4); others as "…".</summary>
    private static (string Key, string Value) ReadKeyValue(ReadOnlySpan<byte> keyValue)
    {
        string key = "", value = "";
        var reader = new ProtobufReader(keyValue);
        while (reader.Next())
        {
            if (reader.Field == 1 && reader.WireType == 2)
            {
                key = reader.String();
            }
            else if (reader.Field == 2 && reader.WireType == 2)
            {
                var any = new ProtobufReader(reader.Bytes());
                while (any.Next())
                {
                    value = (any.Field, any.WireType) switch
                    {
                        (1, 2) => any.String(),
                        (2, 0) => any.Varint() != 0 ? "true" : "false",
                        (3, 0) => ((long)any.Varint()).ToString(CultureInfo.InvariantCulture),
                        (4, 1) => BitConverter.UInt64BitsToDouble(any.Fixed64()).ToString(CultureInfo.InvariantCulture),
                        _ => SkipAndMark(ref any),
                    };
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return (key, value);
    }

    private static string SkipAndMark(ref ProtobufReader reader)
    {
        reader.Skip();
        return "…";
    }
}
