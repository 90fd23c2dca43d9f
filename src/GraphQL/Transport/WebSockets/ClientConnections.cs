using System.Net;

namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>Open sockets per client address, so that one client cannot hold the server's sockets and subscriptions alone.</summary>
internal sealed class ClientConnections(int maxPerClient)
{
    private readonly Dictionary<IPAddress, int> _open = [];
    private readonly Lock _lock = new();

    /// <summary>Counts a new socket of <paramref name="address"/>, or refuses it at the maximum (then nothing is counted).</summary>
    public bool TryEnter(IPAddress? address)
    {
        lock (_lock)
        {
            var key = Key(address);
            var count = _open.GetValueOrDefault(key);
            if (maxPerClient > 0 && count >= maxPerClient)
            {
                return false;
            }

            _open[key] = count + 1;
            return true;
        }
    }

    public void Leave(IPAddress? address)
    {
        lock (_lock)
        {
            var key = Key(address);
            if (_open.TryGetValue(key, out var count) && count > 1)
            {
                _open[key] = count - 1;
            }
            else
            {
                // Forget addresses with no socket, so the table never outgrows the clients connected now.
                _open.Remove(key);
            }
        }
    }

    private static IPAddress Key(IPAddress? address) =>
        address is null ? IPAddress.None : address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
