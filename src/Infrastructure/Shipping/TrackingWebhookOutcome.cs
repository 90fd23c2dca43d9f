namespace Headless.Infrastructure.Shipping;

public enum TrackingWebhookOutcome
{
    /// <summary>Verified and acted on.</summary>
    Processed,

    /// <summary>Verified, but its id was processed before: nothing done.</summary>
    Replayed,

    /// <summary>Verified, but the parcel cannot take this step now (e.g. in transit after delivered); recorded, nothing changed.</summary>
    Ignored,
    UnknownShipment,
    Malformed,
    MalformedSignature,
    BadSignature,
    Stale,
}
