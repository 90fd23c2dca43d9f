using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Headless.GraphQL.Execution;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>
/// The JSON of each result, written once however many operations send it: a shared subscription event
/// (<see cref="IShareableEvent"/>) is one result object for all its subscribers. Kept only as long as the result is.
/// </summary>
internal static class SerializedPayloads
{
    private static readonly ConditionalWeakTable<ExecutionResult, byte[]> Payloads = new();

    public static byte[] Of(ExecutionResult result) => Payloads.GetValue(result, static r =>
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ExecutionResultWriter.Write(writer, r);
        }

        return buffer.WrittenSpan.ToArray();
    });
}
