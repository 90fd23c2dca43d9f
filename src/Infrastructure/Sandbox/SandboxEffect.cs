namespace Headless.Infrastructure.Sandbox;

/// <summary>
/// Something a sandbox provider did (a capture, a refund, a top-up, a booking), kept in the database under the
/// caller's idempotency key so that the sandbox answers a repeat exactly like a real provider would — also after
/// a restart, and across instances — and so that tests can count effects.
/// </summary>
public sealed class SandboxEffect
{
    public const int MaxKeyLength = 200;
    public const int MaxKindLength = 40;
    public const int MaxSubjectLength = 100;
    public const int MaxReferenceLength = 200;

    public SandboxEffect(string key, string kind, string subject, string reference, DateTimeOffset createdAt)
    {
        Key = key;
        Kind = kind;
        Subject = subject;
        Reference = reference;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public string Key { get; private set; }

    /// <summary>e.g. <c>payment.capture</c>, <c>operator.topup</c>, <c>carrier.booking</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>What it acted on: an authorization id, an order number.</summary>
    public string Subject { get; private set; }

    /// <summary>What the provider answered: a confirmation reference, a tracking number.</summary>
    public string Reference { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
