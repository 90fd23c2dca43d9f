namespace Headless.GraphQL.Transport.WebSockets;

/// <summary>The client broke the protocol; the connection closes with <see cref="CloseCode"/>.</summary>
internal sealed class ProtocolViolationException(int closeCode, string reason) : Exception(reason)
{
    public int CloseCode { get; } = closeCode;
}
