using System.Net;

namespace Headless.Api.Hosting.RateLimiting;

/// <summary>The partition key of a request: the peer's IP address (what forwarded-headers handling left there).</summary>
public static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress is { } address ? Normalize(address) : Unknown;
    }

    // 127.0.0.1 and ::ffff:127.0.0.1 are one client.
    private static string Normalize(IPAddress address) =>
        (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
