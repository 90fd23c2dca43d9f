namespace Headless.Infrastructure.Notifications;

/// <param name="Kind">What the message is for, e.g. <c>password-reset</c>: the one part safe to log.</param>
public sealed record EmailMessage(string To, string Kind, string Subject, string Body)
{
    // Records print their members; the address and the body (which carries a token) must never reach a log.
    public override string ToString() => $"EmailMessage {Kind}";
}
