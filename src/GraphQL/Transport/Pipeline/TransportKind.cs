namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>Which transport a request came through (rules may treat them differently).</summary>
public enum TransportKind
{
    Http,
    WebSocket,
}
