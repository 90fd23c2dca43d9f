namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>
/// The close codes of the <c>graphql-transport-ws</c> protocol, in one place, and the two RFC 6455 codes our limits
/// use (4429 is taken by the protocol for a second <c>connection_init</c>).
/// </summary>
public static class CloseCodes
{
    /// <summary>A message that is not JSON, lacks a field, or is of a type the client may not send.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The <c>connection_init</c> hook refused the client.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within the allowed time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>
    /// RFC 6455 "Policy Violation": the connection sent more <c>subscribe</c> or <c>ping</c> messages per second than
    /// allowed. graphql-ws clients treat it as fatal and do not reconnect on their own.
    /// </summary>
    public const int PolicyViolation = 1008;

    /// <summary>
    /// RFC 6455 "Try Again Later": the client's address already holds as many sockets as allowed. graphql-ws clients
    /// retry it with their back-off.
    /// </summary>
    public const int TryAgainLater = 1013;

    /// <summary>
    /// RFC 6455 "Service Restart": this instance is shutting down. graphql-ws clients retry it with their back-off, and
    /// behind a load balancer the new socket reaches another instance.
    /// </summary>
    public const int ServiceRestart = 1012;

    /// <summary>The server failed on its side.</summary>
    public const int InternalServerError = 4500;
}
