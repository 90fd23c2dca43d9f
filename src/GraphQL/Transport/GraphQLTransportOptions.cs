using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Documents;
using Headless.GraphQL.Transport.Pipeline;
using Headless.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport;

/// <summary>Settings of a GraphQL endpoint; the defaults are the safe ones.</summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>Queries over GET (GraphQL over HTTP allows it; mutations are refused with 405 whatever this says).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>A JSON array of requests in one POST. Off by default: a batch multiplies the work one request costs.</summary>
    public bool EnableBatching { get; set; }

    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Longest a request may run before it is cancelled with <c>REQUEST_TIMEOUT</c>; infinite turns it off.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest POST body read, in bytes; larger ones are refused with 413 before parsing.</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Parsed and validated documents remembered by hash, so a repeated request skips both.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    public ParserOptions Parser { get; set; } = ParserOptions.Default;

    public ExecutionOptions Execution { get; set; } = ExecutionOptions.Default;

    /// <summary>Checks run between validation and execution, in order (request limits, introspection policy).</summary>
    public IList<IOperationRule> Rules { get; } = [];

    /// <summary>
    /// Leave "Did you mean …?" hints out of validation messages for this request (when introspection is off for the
    /// caller, suggestions would leak the schema).
    /// </summary>
    public Func<RequestContext, bool>? HideSuggestions { get; set; }

    public TrustedDocumentOptions TrustedDocuments { get; } = new();

    public WebSocketOptions WebSockets { get; } = new();

    public Ide.IdeOptions Ide { get; } = new();

    public Diagnostics.TelemetryOptions Telemetry { get; } = new();

    /// <summary>Fills the resolvers' shared items for a request (HTTP) or a connection (WebSocket).</summary>
    public Func<HttpContext, IDictionary<string, object?>, ValueTask>? OnRequest { get; set; }
}
