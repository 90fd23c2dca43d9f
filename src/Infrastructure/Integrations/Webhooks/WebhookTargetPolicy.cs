using System.Net;
using System.Net.Sockets;

namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// Where webhooks may go. Unless insecure targets are allowed (Development, or <c>Webhooks:AllowInsecureTargets</c>),
/// only https:// URLs whose host resolves to public addresses: an endpoint must not turn the server into a proxy
/// into its own network (metadata services, databases on loopback). The address is checked at connect time too
/// (<see cref="ConnectAsync"/>), so a DNS answer that changes after the URL was checked gains nothing.
/// </summary>
public sealed class WebhookTargetPolicy(bool allowInsecure)
{
    public bool AllowsInsecure { get; } = allowInsecure;

    /// <summary>Why <paramref name="url"/> is refused, or null when it may be used.</summary>
    public string? WhyNot(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return "A webhook URL is an absolute http(s) URL.";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "A webhook URL carries no user name or password; sign with the endpoint secret instead.";
        }

        if (AllowsInsecure)
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "Webhooks go to https:// URLs only (Webhooks:AllowInsecureTargets allows http).";
        }

        if (url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && !IsPublic(address)))
        {
            return "Webhooks do not go to loopback or private addresses (Webhooks:AllowInsecureTargets allows them).";
        }

        return null;
    }

    /// <summary>Public unicast addresses only: not loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
        }

        var bytes = address.GetAddressBytes();
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (bytes[0] & 0xFE) == 0xFC);
    }

    /// <summary>The handler's connect step: resolves the host and connects to the first address the policy allows.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var allowed = AllowsInsecure ? addresses : addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"Refused to connect to {context.DnsEndPoint.Host}: it resolves to no public address.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
