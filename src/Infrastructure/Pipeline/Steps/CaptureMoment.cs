namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>The points of the pipeline at which an order's payment may be captured; which one applies depends on the goods, the policy and the method.</summary>
public enum CaptureMoment
{
    /// <summary>Stock is confirmed: digital goods, services, and physical goods under <c>Payments:CapturePolicy</c> Immediate.</summary>
    StockConfirmed,

    /// <summary>The parcel is handed to the carrier: physical goods under OnShipment.</summary>
    Shipped,

    /// <summary>The carrier delivered (and collected): cash on delivery, whatever the policy.</summary>
    Delivered,
}
