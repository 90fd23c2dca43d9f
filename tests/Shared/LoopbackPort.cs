using System.Net;
using System.Net.Sockets;

namespace Headless.Tests.Shared;

/// <summary>Free TCP ports on 127.0.0.1, for servers the tests start themselves.</summary>
public static class LoopbackPort
{
    /// <summary>
    /// A port nothing listens on right now. The operating system picks it, so parallel test runs do not
    /// collide; the caller should bind it soon after.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
