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

    /// <summary>
    /// Sockets one client address may hold open at once; the next is accepted and closed with
    /// <see cref="CloseCodes.TryAgainLater"/>. Behind a proxy, configure forwarded headers so the address is the client's.
    /// </summary>
    public int MaxConnectionsPerClient { get; set; } = 20;

    /// <summary><c>subscribe</c> messages a connection may send per second (and at once); more close it with <see cref="CloseCodes.PolicyViolation"/>.</summary>
    public int MaxSubscribesPerSecond { get; set; } = 20;

    /// <summary><c>ping</c> messages a connection may send per second (and at once); more close it with <see cref="CloseCodes.PolicyViolation"/>.</summary>
    public int MaxPingsPerSecond { get; set; } = 5;

    /// <summary>
    /// Fires when the server begins to shut down (the host's <c>ApplicationStopping</c>): every open socket is then
    /// closed with <see cref="CloseCodes.ServiceRestart"/> so its client reconnects elsewhere, and new ones are refused
    /// with the same code.
    /// </summary>
    public CancellationToken ServerStopping { get; set; }

    /// <summary>The clock of the message rates (a test freezes it).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How often an open connection asks <see cref="ConnectionInitContext.CredentialCheck"/> again.</summary>
    public TimeSpan CredentialCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Decides from the <c>connection_init</c> payload whether the client may proceed; false closes with 4403.</summary>
    public Func<ConnectionInitContext, ValueTask<bool>>? OnConnectionInit { get; set; }
}
