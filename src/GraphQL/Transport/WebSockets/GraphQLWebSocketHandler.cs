using Headless.GraphQL.Diagnostics;
using Headless.GraphQL.Transport.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>Accepts WebSocket upgrades speaking <c>graphql-transport-ws</c> and runs one connection per socket.</summary>
public sealed class GraphQLWebSocketHandler(OperationPipeline pipeline)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly ClientConnections _clients = new(pipeline.Options.WebSockets.MaxConnectionsPerClient);

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            // The protocol says to accept and then close, so the client learns why.
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        if (pipeline.Options.WebSockets.ServerStopping.IsCancellationRequested)
        {
            // Reached us while shutting down (the listener is still open for in-flight requests): send it elsewhere.
            using var refused = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
            await refused.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.ServiceRestart, "Server restarting; reconnect", http.RequestAborted);
            return;
        }

        var address = http.Connection.RemoteIpAddress;
        if (!_clients.TryEnter(address))
        {
            // Accepted only to say why: a refused upgrade would reach a browser client as a bare 1006.
            using var refused = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
            await refused.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.TryAgainLater, "Too many connections from this address", http.RequestAborted);
            return;
        }

        try
        {
            var items = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (pipeline.Options.OnRequest is { } onRequest)
            {
                await onRequest(http, items);
            }

            using var socket = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
            await using var connection = new GraphQLWebSocketConnection(socket, http, pipeline, items);
            GraphQLTelemetry.WebSocketConnections.Add(1);
            try
            {
                await connection.RunAsync(http.RequestAborted);
            }
            finally
            {
                GraphQLTelemetry.WebSocketConnections.Add(-1);
            }
        }
        finally
        {
            _clients.Leave(address);
        }
    }
}
