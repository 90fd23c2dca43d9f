using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>What the authentication hook gets from <c>connection_init</c>.</summary>
public sealed class ConnectionInitContext
{
    public required HttpContext HttpContext { get; init; }

    /// <summary>The message's <c>payload</c> (e.g. an auth token); null when the client sent none.</summary>
    public required IReadOnlyDictionary<string, object?>? Payload { get; init; }

    /// <summary>Shared with the resolvers of every operation on this connection (e.g. the authenticated user).</summary>
    public required IDictionary<string, object?> Items { get; init; }

    /// <summary>
    /// The caller of every operation on this connection: set it from the payload's credential. It is the upgrade
    /// request's <see cref="HttpContext.User"/>, which the operations' access rules read.
    /// </summary>
    public System.Security.Claims.ClaimsPrincipal User
    {
        get => HttpContext.User;
        set => HttpContext.User = value;
    }

    /// <summary>
    /// When the credential the hook accepted stops being valid (an access token's expiry): the connection is then
    /// closed with <see cref="CloseCodes.Forbidden"/>, ending its subscriptions; the client reconnects with a fresh one.
    /// </summary>
    public DateTimeOffset? CredentialExpiresAt { get; set; }

    /// <summary>
    /// Asked every <see cref="WebSocketOptions.CredentialCheckInterval"/> while the connection is open whether the
    /// credential still holds (e.g. its session was not revoked); false closes with <see cref="CloseCodes.Forbidden"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<bool>>? CredentialCheck { get; set; }

    /// <summary>How often to ask <see cref="CredentialCheck"/>; <see cref="WebSocketOptions.CredentialCheckInterval"/> when null.</summary>
    public TimeSpan? CredentialCheckInterval { get; set; }

    /// <summary>Sent back as the <c>connection_ack</c> payload when set.</summary>
    public IReadOnlyDictionary<string, object?>? AckPayload { get; set; }
}
