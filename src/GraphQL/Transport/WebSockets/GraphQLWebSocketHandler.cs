using Headless.GraphQL.Transport.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>Accepts WebSocket upgrades speaking <c>graphql-transport-ws</c> and runs one connection per socket.</summary>
public sealed class GraphQLWebSocketHandler(OperationPipeline pipeline)
{
    public const string SubProtocol = "graphql-transport-ws";

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

        var items = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (pipeline.Options.OnRequest is { } onRequest)
        {
            await onRequest(http, items);
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
        await using var connection = new GraphQLWebSocketConnection(socket, http, pipeline, items);
        await connection.RunAsync(http.RequestAborted);
    }
}
