namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>Settings of the <c>graphql-transport-ws</c> handler.</summary>
public sealed class WebSocketOptions
{
    /// <summary>Answer WebSocket upgrade requests on the endpoint's path (needs <c>app.UseWebSockets()</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a client may wait before <c>connection_init</c>; then the socket closes with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Operations one connection may run at once; further ones get an <c>error</c> message.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 50;

    /// <summary>Decides from the <c>connection_init</c> payload whether the client may proceed; false closes with 4403.</summary>
    public Func<ConnectionInitContext, ValueTask<bool>>? OnConnectionInit { get; set; }
}
