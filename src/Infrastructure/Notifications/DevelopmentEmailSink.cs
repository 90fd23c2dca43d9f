using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Notifications;

/// <summary>
/// Delivers nothing: keeps each message in memory (the last 1,000, for tests and local development) and logs one
/// redacted line (the kind only: no address, no body, no token).
/// </summary>
public sealed partial class DevelopmentEmailSink(ILogger<DevelopmentEmailSink> logger) : IEmailSender
{
    private const int Capacity = 1000;
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyCollection<EmailMessage> Sent => _sent;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        _sent.Enqueue(message);
        while (_sent.Count > Capacity && _sent.TryDequeue(out _))
        {
        }

        LogKept(logger, message.Kind);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email of kind {Kind} kept by the development sink (recipient and body redacted; not delivered)")]
    private static partial void LogKept(ILogger logger, string kind);
}
