using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Headless.GraphQL.Diagnostics;
using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>
/// One <c>graphql-transport-ws</c> connection: a receive loop that switches on the message type, operations
/// running side by side (each until its stream ends or the client completes it), and one writer at a time.
/// </summary>
internal sealed class GraphQLWebSocketConnection(
    WebSocket socket, HttpContext http, OperationPipeline pipeline, Dictionary<string, object?> items) : IAsyncDisposable
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly WebSocketOptions _options = pipeline.Options.WebSockets;
    private readonly MessageRate _subscribes = new(pipeline.Options.WebSockets.MaxSubscribesPerSecond, pipeline.Options.WebSockets.TimeProvider);
    private readonly MessageRate _pings = new(pipeline.Options.WebSockets.MaxPingsPerSecond, pipeline.Options.WebSockets.TimeProvider);
    private int _initReceived;
    private volatile bool _acknowledged;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
        using var stopping = _options.ServerStopping.Register(() => _ = CloseAsync(CloseCodes.ServiceRestart, "Server restarting; reconnect"));
        _ = CloseUnlessInitialisedAsync();
        try
        {
            // After we sent a close frame, keep reading until the client answers it (the close handshake).
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var message = await ReceiveAsync(receive.Token);
                if (message is null)
                {
                    break;
                }

                if (socket.State == WebSocketState.CloseSent)
                {
                    // We are closing: what the client sends until it answers the close frame is read and dropped.
                    message.Dispose();
                    continue;
                }

                try
                {
                    await HandleAsync(message.RootElement);
                }
                catch (ProtocolViolationException violation)
                {
                    await CloseAsync(violation.CloseCode, violation.Message);
                }
                catch (RequestParameterException undecodable)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Invalid message received: " + undecodable.Message);
                }
                finally
                {
                    message.Dispose();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Client gone, or it never answered our close frame.
        }
        catch (WebSocketException)
        {
            // The peer dropped the connection without a close handshake.
        }
        finally
        {
            CancelAll();
        }
    }

    private async Task HandleAsync(JsonElement message)
    {
        var type = JsonText.Read(() => ReadType(message));
        switch (type)
        {
            case MessageTypes.ConnectionInit:
                await InitialiseAsync(message);
                break;
            case MessageTypes.Ping:
                if (!_pings.TryTake())
                {
                    throw new ProtocolViolationException(CloseCodes.PolicyViolation, $"Too many pings: at most {_options.MaxPingsPerSecond} per second");
                }

                await SendAsync(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", MessageTypes.Pong);
                    writer.WriteEndObject();
                });
                break;
            case MessageTypes.Pong:
                break;
            case MessageTypes.Subscribe:
                if (!_subscribes.TryTake())
                {
                    throw new ProtocolViolationException(CloseCodes.PolicyViolation, $"Too many subscribe messages: at most {_options.MaxSubscribesPerSecond} per second");
                }

                Subscribe(message);
                break;
            case MessageTypes.Complete:
                if (_operations.TryRemove(ReadId(message), out var operation))
                {
                    operation.Cancel();
                }

                break;
            default:
                throw new ProtocolViolationException(CloseCodes.BadRequest, $"Unexpected message of type {type} received.");
        }
    }

    private async Task InitialiseAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            throw new ProtocolViolationException(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
        }

        var payload = ReadPayload(message);
        var context = new ConnectionInitContext { HttpContext = http, Payload = payload, Items = items };
        bool allowed;
        try
        {
            allowed = _options.OnConnectionInit is not { } hook || await hook(context);
        }
        catch (Exception)
        {
            throw new ProtocolViolationException(CloseCodes.InternalServerError, "Internal server error");
        }

        if (!allowed)
        {
            throw new ProtocolViolationException(CloseCodes.Forbidden, "Forbidden");
        }

        _acknowledged = true;
        if (context.CredentialExpiresAt is not null || context.CredentialCheck is not null)
        {
            _ = WatchCredentialAsync(context.CredentialExpiresAt, context.CredentialCheck, context.CredentialCheckInterval ?? _options.CredentialCheckInterval);
        }

        await SendAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", MessageTypes.ConnectionAck);
            if (context.AckPayload is { } ack)
            {
                writer.WritePropertyName("payload");
                ExecutionResultWriter.WriteValue(writer, ack);
            }

            writer.WriteEndObject();
        });
    }

    private void Subscribe(JsonElement message)
    {
        if (!_acknowledged)
        {
            throw new ProtocolViolationException(CloseCodes.Unauthorized, "Unauthorized");
        }

        var id = ReadId(message);
        var payload = JsonText.Read(() => message.TryGetProperty("payload", out var found) ? found : default);
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw new ProtocolViolationException(CloseCodes.BadRequest, "Invalid message received: subscribe needs a payload object.");
        }

        OperationRequest request;
        try
        {
            request = RequestParameters.FromJson(payload);
            RequestParameters.EnsureDocumentGiven(request);
        }
        catch (RequestParameterException invalid)
        {
            throw new ProtocolViolationException(CloseCodes.BadRequest, "Invalid message received: " + invalid.Message);
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            throw new ProtocolViolationException(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
        }

        if (_operations.Count > _options.MaxSubscriptionsPerConnection)
        {
            _operations.TryRemove(id, out _);
            cancellation.Dispose();
            _ = SendErrorsAsync(id, [new GraphQLError(
                $"A connection may run at most {_options.MaxSubscriptionsPerConnection} operations at once.", TransportErrorCodes.TooManySubscriptions)]);
            return;
        }

        _ = RunOperationAsync(id, request, cancellation);
    }

    private async Task RunOperationAsync(string id, OperationRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        var telemetry = OperationTelemetry.Start(TransportKind.WebSocket, TraceParentOf(request));
        var streaming = false;
        try
        {
            // Each operation gets its own copy of the connection's items, so resolvers of one cannot disturb another.
            var context = new RequestContext
            {
                HttpContext = http,
                Transport = TransportKind.WebSocket,
                Items = new Dictionary<string, object?>(items, StringComparer.Ordinal),
            };
            var prepared = await pipeline.PrepareAsync(request, context, token);
            pipeline.Describe(telemetry, prepared, request);
            if (prepared.IsRefused)
            {
                telemetry.Completed(ExecutionResult.FromErrors(prepared.Errors));
                await SendErrorsIfActiveAsync(id, cancellation, prepared.Errors);
                return;
            }

            if (prepared.Operation?.Operation == OperationType.Subscription)
            {
                var outcome = await pipeline.SubscribeAsync(prepared, request, context, token);
                if (outcome.Stream is null)
                {
                    telemetry.Completed(outcome.Result ?? new ExecutionResult());
                    await SendErrorsIfActiveAsync(id, cancellation, outcome.Result?.Errors ?? []);
                    return;
                }

                // The operation's span and duration end once the stream runs: a subscription may last for hours,
                // and its events are measured where they are produced.
                telemetry.Completed(new ExecutionResult());
                telemetry.Dispose();
                GraphQLTelemetry.ActiveSubscriptions.Add(1);
                streaming = true;

                await foreach (var result in outcome.Stream.WithCancellation(token))
                {
                    await SendNextAsync(id, result);
                }
            }
            else
            {
                var result = await pipeline.ExecuteAsync(prepared, request, context, token);
                telemetry.Completed(result);
                if (!result.HasData)
                {
                    await SendErrorsIfActiveAsync(id, cancellation, result.Errors);
                    return;
                }

                await SendNextAsync(id, result);
            }

            if (IsActive(id, cancellation))
            {
                await SendCompleteAsync(id);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client or the connection closed: the protocol wants no message.
        }
        catch (Exception)
        {
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            if (streaming)
            {
                GraphQLTelemetry.ActiveSubscriptions.Add(-1);
            }

            telemetry.Dispose();
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    /// <summary>
    /// A W3C <c>traceparent</c> (and <c>tracestate</c>) in the subscribe message's extensions: one socket carries
    /// operations of many client traces, so each may name its own parent. Without one the operation joins the
    /// upgrade request's trace.
    /// </summary>
    private static ActivityContext? TraceParentOf(OperationRequest request)
    {
        if (request.Extensions?.GetValueOrDefault("traceparent") is string traceParent
            && ActivityContext.TryParse(traceParent, request.Extensions.GetValueOrDefault("tracestate") as string, isRemote: true, out var parent))
        {
            return parent;
        }

        return null;
    }

    private bool IsActive(string id, CancellationTokenSource cancellation) =>
        !cancellation.IsCancellationRequested && _operations.TryGetValue(id, out var current) && current == cancellation;

    private async Task SendErrorsIfActiveAsync(string id, CancellationTokenSource cancellation, IReadOnlyList<GraphQLError> errors)
    {
        if (IsActive(id, cancellation))
        {
            await SendErrorsAsync(id, errors);
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) => SendAsync(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", MessageTypes.Next);
        writer.WritePropertyName("payload");
        writer.WriteRawValue(SerializedPayloads.Of(result), skipInputValidation: true);
        writer.WriteEndObject();
    });

    private Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", MessageTypes.Error);
        writer.WritePropertyName("payload");
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ExecutionResultWriter.WriteError(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private Task SendCompleteAsync(string id) => SendAsync(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", MessageTypes.Complete);
        writer.WriteEndObject();
    });

    private async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The peer is gone; the receive loop ends the connection.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, CloseReason.Fit(reason), CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }

        CancelAll();
        _closing.CancelAfter(CloseHandshakeTimeout);
    }

    /// <summary>
    /// Closes the connection with 4403 once the credential it was opened with expires or its check fails: a socket
    /// must not outlive the token (or session) that opened it. A check that throws (the database is briefly away)
    /// does not end the connection; the next one decides.
    /// </summary>
    private async Task WatchCredentialAsync(DateTimeOffset? expiresAt, Func<CancellationToken, ValueTask<bool>>? check, TimeSpan interval)
    {
        interval = interval > TimeSpan.Zero ? interval : TimeSpan.FromSeconds(15);
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var wait = check is null ? TimeSpan.FromHours(1) : interval;
                if (expiresAt is { } end)
                {
                    var left = end - DateTimeOffset.UtcNow;
                    if (left <= TimeSpan.Zero)
                    {
                        await CloseAsync(CloseCodes.Forbidden, "Forbidden: the credential expired");
                        return;
                    }

                    wait = left < wait ? left : wait;
                }

                await Task.Delay(wait, _closing.Token);
                if (check is null || (expiresAt is { } due && DateTimeOffset.UtcNow >= due))
                {
                    continue;
                }

                bool valid;
                try
                {
                    valid = await check(_closing.Token);
                }
                catch (Exception) when (!_closing.IsCancellationRequested)
                {
                    continue;
                }

                if (!valid)
                {
                    await CloseAsync(CloseCodes.Forbidden, "Forbidden: the credential was revoked");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended first.
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    /// <summary>Reads one whole text message as JSON; null when the client closed the socket.</summary>
    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync((int?)socket.CloseStatus ?? (int)WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription ?? "");
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > pipeline.Options.MaxRequestBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                return null;
            }

            if (result.EndOfMessage)
            {
                if (result.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Invalid message received: binary messages are not part of the protocol.");
                    return null;
                }

                try
                {
                    return JsonDocument.Parse(buffer.WrittenMemory);
                }
                catch (JsonException)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Invalid message received: not JSON.");
                    return null;
                }
            }
        }
    }

    private static string ReadType(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object && message.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : throw new ProtocolViolationException(CloseCodes.BadRequest, "Invalid message received: it has no 'type'.");

    private static string ReadId(JsonElement message) => JsonText.Read(() => ReadIdText(message));

    private static string ReadIdText(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : throw new ProtocolViolationException(CloseCodes.BadRequest, "Invalid message received: it has no 'id'.");

    private static IReadOnlyDictionary<string, object?>? ReadPayload(JsonElement message) => JsonText.Read(() => ReadPayloadValue(message));

    private static IReadOnlyDictionary<string, object?>? ReadPayloadValue(JsonElement message)
    {
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return payload.ValueKind == JsonValueKind.Object
            ? ExternalValue.FromJsonObject(payload)
            : throw new ProtocolViolationException(CloseCodes.BadRequest, "Invalid message received: the payload must be an object.");
    }

    private void CancelAll()
    {
        foreach (var operation in _operations.Values)
        {
            try
            {
                operation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It finished meanwhile.
            }
        }
    }

    // Operations may still be unwinding when the socket is done, so the lock and token sources are not disposed here.
    public ValueTask DisposeAsync()
    {
        CancelAll();
        _closing.Cancel();
        return ValueTask.CompletedTask;
    }
}
