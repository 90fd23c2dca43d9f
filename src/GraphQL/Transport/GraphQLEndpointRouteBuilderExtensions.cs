using Headless.GraphQL.Transport.Http;
using Headless.GraphQL.Transport.Ide;
using Headless.GraphQL.Transport.Pipeline;
using Headless.GraphQL.Transport.WebSockets;
using Headless.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Transport;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps a GraphQL endpoint at <paramref name="path"/>: GraphQL over HTTP (GET and POST), <c>graphql-transport-ws</c>
    /// for WebSocket upgrades (needs <c>app.UseWebSockets()</c>), and the schema's SDL at <c>{path}/schema.graphql</c>
    /// (only for callers who may introspect).
    /// </summary>
    public static RouteGroupBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string path, Schema schema, Action<GraphQLTransportOptions>? configure = null)
    {
        var options = new GraphQLTransportOptions();
        configure?.Invoke(options);
        var logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger<OperationPipeline>();
        var pipeline = new OperationPipeline(schema, options, logger);
        var http = new GraphQLHttpHandler(pipeline);
        var webSockets = new GraphQLWebSocketHandler(pipeline);
        var schemaDocument = new SchemaDocumentEndpoint(pipeline);

        var group = endpoints.MapGroup(path);
        var ide = GraphiQLEndpoint.Map(group, options.Ide);
        group.Map("", context => context.WebSockets.IsWebSocketRequest && options.WebSockets.Enabled
            ? webSockets.HandleAsync(context)
            : ide.IsPageRequest(context) ? ide.ServePageAsync(context) : http.HandleAsync(context));
        group.MapGet("/schema.graphql", schemaDocument.ServeAsync);
        return group;
    }
}
