namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>One request as the receiver saw it; <see cref="At"/> is the receiver's own monotonic clock.</summary>
internal sealed record ReceivedWebhook(string Path, string Id, string Timestamp, string Signature, string Body, bool SignatureValid, TimeSpan At);
