namespace Headless.Domain.Payments;

/// <summary>"Refund this many units of this order line."</summary>
public sealed record RefundLineRequest(Guid OrderLineId, int Quantity);
