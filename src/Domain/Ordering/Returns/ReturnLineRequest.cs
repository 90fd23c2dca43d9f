namespace Headless.Domain.Ordering.Returns;

/// <summary>"Return this many units of this order line."</summary>
public sealed record ReturnLineRequest(Guid OrderLineId, int Quantity);
