using System.Buffers;
using System.Text.Json;
using Headless.GraphQL.Transport.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.Http;

/// <summary>Reads a POST body as UTF-8 JSON, refusing it past a size limit before it is all in memory.</summary>
internal static class JsonBody
{
    public static async Task<JsonDocument> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            throw new RequestParameterException("The request body is empty; send a JSON object with a 'query'.", TransportErrorCodes.BadRequest);
        }

        try
        {
            return JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            throw new RequestParameterException($"The request body is not valid JSON: {error.Message}", TransportErrorCodes.BadRequest);
        }
    }

    private static RequestParameterException TooLarge(long maxBytes) =>
        new($"The request body is larger than {maxBytes} bytes.", TransportErrorCodes.BadRequest, StatusCodes.Status413PayloadTooLarge);
}
