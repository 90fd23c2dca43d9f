using System.Buffers;
using System.Text.Json;
using Headless.GraphQL.Diagnostics;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Headless.GraphQL.Transport.Http;

/// <summary>
/// GraphQL over HTTP: reads GET and POST requests into request parameters, runs them through the pipeline and
/// answers in the media type the client accepts, with the status codes the specification gives for it.
/// </summary>
public sealed class GraphQLHttpHandler(OperationPipeline pipeline)
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    // A dependency outage is usually over in seconds (a failover, a restart); ask for a short pause.
    private const string ServiceUnavailableRetryAfterSeconds = "5";

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(http, MediaTypes.Json, new RequestParameterException(
                "The Accept header allows neither application/graphql-response+json nor application/json.",
                TransportErrorCodes.NotAcceptable,
                StatusCodes.Status406NotAcceptable));
            return;
        }

        IReadOnlyList<OperationRequest> requests;
        bool isBatch;
        try
        {
            (requests, isBatch) = await ReadRequestsAsync(http);
        }
        catch (RequestParameterException refused)
        {
            await WriteRequestErrorAsync(http, mediaType, refused);
            return;
        }

        var items = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (pipeline.Options.OnRequest is { } onRequest)
        {
            await onRequest(http, items);
        }

        var context = new RequestContext { HttpContext = http, Transport = TransportKind.Http, Items = items };
        var results = new List<ExecutionResult>(requests.Count);
        try
        {
            // One after the other: a batch may hold mutations whose order matters, and it should cost no more at once than its parts.
            foreach (var request in requests)
            {
                results.Add(await RunAsync(request, context, http.RequestAborted));
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to read a response.
            return;
        }

        http.Response.StatusCode = StatusCodeFor(results, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }
        else if (http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = ServiceUnavailableRetryAfterSeconds;
        }

        await WriteJsonAsync(http, mediaType, writer =>
        {
            if (isBatch)
            {
                writer.WriteStartArray();
            }

            foreach (var result in results)
            {
                ExecutionResultWriter.Write(writer, result);
            }

            if (isBatch)
            {
                writer.WriteEndArray();
            }
        });
    }

    private async Task<ExecutionResult> RunAsync(OperationRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        using var telemetry = OperationTelemetry.Start(TransportKind.Http);
        var result = await RunObservedAsync(telemetry, request, context, cancellationToken);
        telemetry.Completed(result);
        return result;
    }

    private async Task<ExecutionResult> RunObservedAsync(OperationTelemetry telemetry, OperationRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var prepared = await pipeline.PrepareAsync(request, context, cancellationToken);
        pipeline.Describe(telemetry, prepared, request);
        if (!prepared.IsRefused && prepared.Operation is { } operation)
        {
            if (context.IsReadOnlyMethod && operation.Operation != OperationType.Query)
            {
                return ExecutionResult.FromError(new GraphQLError(
                    $"Only queries may be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.",
                    TransportErrorCodes.MethodNotAllowed));
            }

            if (operation.Operation == OperationType.Subscription)
            {
                return ExecutionResult.FromError(new GraphQLError(
                    "Subscriptions run over WebSocket (graphql-transport-ws), not plain HTTP.",
                    TransportErrorCodes.OperationNotSupported));
            }
        }

        return await pipeline.ExecuteAsync(prepared, request, context, cancellationToken);
    }

    private async Task<(IReadOnlyList<OperationRequest> Requests, bool IsBatch)> ReadRequestsAsync(HttpContext http)
    {
        var options = pipeline.Options;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            if (!options.AllowGet)
            {
                throw new RequestParameterException("This endpoint accepts POST only.", TransportErrorCodes.MethodNotAllowed, StatusCodes.Status405MethodNotAllowed);
            }

            var request = RequestParameters.FromQueryString(http.Request.Query);
            RequestParameters.EnsureDocumentGiven(request);
            return ([request], false);
        }

        if (!HttpMethods.IsPost(http.Request.Method))
        {
            throw new RequestParameterException(
                $"GraphQL requests use GET or POST, not {http.Request.Method}.", TransportErrorCodes.MethodNotAllowed, StatusCodes.Status405MethodNotAllowed);
        }

        EnsureJsonContentType(http.Request.ContentType);
        using var body = await JsonBody.ReadAsync(http.Request, options.MaxRequestBytes, http.RequestAborted);
        var root = body.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            var request = RequestParameters.FromJson(root);
            RequestParameters.EnsureDocumentGiven(request);
            return ([request], false);
        }

        if (!options.EnableBatching)
        {
            throw new RequestParameterException("Batched requests (a JSON array) are not enabled on this endpoint.", TransportErrorCodes.BatchingDisabled);
        }

        var count = root.GetArrayLength();
        if (count == 0 || count > options.MaxBatchSize)
        {
            throw new RequestParameterException(
                $"A batch must hold between 1 and {options.MaxBatchSize} requests; this one has {count}.", TransportErrorCodes.BatchTooLarge);
        }

        var requests = new List<OperationRequest>(count);
        foreach (var element in root.EnumerateArray())
        {
            var request = RequestParameters.FromJson(element);
            RequestParameters.EnsureDocumentGiven(request);
            requests.Add(request);
        }

        return (requests, true);
    }

    private static void EnsureJsonContentType(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            throw new RequestParameterException(
                "A POST request needs the Content-Type application/json.", TransportErrorCodes.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType);
        }

        if (!string.Equals(parsed.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestParameterException(
                $"The Content-Type {parsed.MediaType.Value} is not supported; send application/json.",
                TransportErrorCodes.UnsupportedMediaType,
                StatusCodes.Status415UnsupportedMediaType);
        }

        var charset = parsed.Charset.Value;
        if (charset is not null && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new RequestParameterException(
                $"The charset {charset} is not supported; send UTF-8.", TransportErrorCodes.UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType);
        }
    }

    /// <summary>
    /// application/json: 200 for every well-formed request. application/graphql-response+json: 200 once execution
    /// started (the response has <c>data</c>), otherwise a 4xx or 5xx that says why.
    /// </summary>
    private static int StatusCodeFor(IReadOnlyList<ExecutionResult> results, string mediaType)
    {
        var codes = results.SelectMany(r => r.Errors).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Contains(TransportErrorCodes.MethodNotAllowed))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // Whatever the media type: a client (or proxy) must see that it should slow down, not that all went well.
        if (codes.Contains(TransportErrorCodes.RateLimited))
        {
            return StatusCodes.Status429TooManyRequests;
        }

        // Nothing useful came back because a dependency is down: whatever the media type, load balancers and
        // clients must see a failure worth retrying, not a 200.
        if (codes.Contains(ErrorCodes.ServiceUnavailable) && results.All(r => r.Data is null || r.Data.Values.All(v => v is null)))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (mediaType == MediaTypes.Json || results.Any(r => r.HasData))
        {
            return StatusCodes.Status200OK;
        }

        if (codes.Contains(TransportErrorCodes.RequestTimeout))
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        return codes.Contains(ErrorCodes.InternalServerError) ? StatusCodes.Status500InternalServerError : StatusCodes.Status400BadRequest;
    }

    private static Task WriteRequestErrorAsync(HttpContext http, string mediaType, RequestParameterException refused)
    {
        http.Response.StatusCode = refused.StatusCode;
        if (refused.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        return WriteJsonAsync(http, mediaType, writer =>
            ExecutionResultWriter.Write(writer, ExecutionResult.FromError(new GraphQLError(refused.Message, refused.Code))));
    }

    private static async Task WriteJsonAsync(HttpContext http, string mediaType, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = buffer.WrittenCount;
        await http.Response.Body.WriteAsync(buffer.WrittenMemory, http.RequestAborted);
    }
}
