namespace Headless.Infrastructure.Payments.Webhooks;

public enum WebhookOutcome
{
    /// <summary>Verified and acted on.</summary>
    Processed,

    /// <summary>Verified, but its id was processed before: nothing done.</summary>
    Replayed,

    /// <summary>Verified, but the order cannot take this step now (e.g. capture of a cancelled order); recorded, nothing changed.</summary>
    Ignored,
    UnknownPayment,
    Malformed,
    BadSignature,
    Stale,
}
