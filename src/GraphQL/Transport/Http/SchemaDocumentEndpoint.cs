using Headless.GraphQL.Transport.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.Http;

/// <summary>
/// <c>GET {path}/schema.graphql</c>: the schema printed as SDL, for exactly the callers who could read it through
/// introspection. It asks the pipeline whether a minimal <c>__schema</c> query would pass the endpoint's rules, so
/// the introspection policy (and a trusted-documents allow-list) decides here as it does for queries; a second
/// switch could only drift from the first.
/// </summary>
internal sealed class SchemaDocumentEndpoint(OperationPipeline pipeline)
{
    private static readonly OperationRequest Probe = new() { Query = "query SchemaDocumentProbe { __schema { queryType { name } } }" };

    private readonly Lazy<string> _sdl = new(() => Engine.PrintSchema(pipeline.Schema));

    public async Task ServeAsync(HttpContext http)
    {
        var context = new RequestContext { HttpContext = http, Transport = TransportKind.Http, Items = new Dictionary<string, object?>(StringComparer.Ordinal) };
        var prepared = await pipeline.PrepareAsync(Probe, context, http.RequestAborted);
        if (prepared.IsRefused)
        {
            // Not found rather than forbidden: a private schema is not advertised.
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The schema is not published here: introspection is disabled for this caller.", http.RequestAborted);
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(_sdl.Value, http.RequestAborted);
    }
}
