namespace Headless.Infrastructure.Payments;

/// <summary><c>Payments:CapturePolicy</c>: when the money for physical goods is taken.</summary>
public enum CapturePolicy
{
    /// <summary>Right after stock is confirmed, like digital goods.</summary>
    Immediate,

    /// <summary>When the parcel is handed to the carrier.</summary>
    OnShipment,
}
