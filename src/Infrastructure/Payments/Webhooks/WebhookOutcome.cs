namespace Headless.Infrastructure.Payments.Webhooks;

public enum WebhookOutcome
{
    /// <summary>Verified and acted on.</summary>
    Processed,

    /// <summary>Verified, but its id was processed before: nothing done.</summary>
    Replayed,

    /// <summary>Verified, but the order cannot take this step now (e.g. capture of a cancelled order); recorded, nothing changed.</summary>
    Ignored,
    /// <summary>
    /// Verified, but the amount is not what the order allows (a capture must be the authorized amount, a refund
    /// what is still refundable): refused, recorded (event id kept, warning logged), nothing changed.
    /// </summary>
    AmountMismatch,
    UnknownPayment,

    /// <summary>The body is not a sandbox event.</summary>
    Malformed,

    /// <summary>The signature header is missing or not <c>t=…,v1=…</c>.</summary>
    MalformedSignature,
    BadSignature,
    Stale,
}
