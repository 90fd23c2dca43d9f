namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Scoped switch: on, the <see cref="CatalogReader"/> of the scope opens its connection once and keeps it until the
/// scope ends. The host turns it on for plain HTTP requests, which end within a bounded time; a WebSocket's scope
/// lasts as long as the socket, where holding a pooled connection would let idle sockets exhaust the pool.
/// </summary>
public sealed class CatalogConnectionHold
{
    public bool Enabled { get; set; }
}
