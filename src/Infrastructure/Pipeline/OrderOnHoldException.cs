namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// A step found its order on hold: it did nothing, and waits (not counted as an attempt) until the order is released.
/// </summary>
public sealed class OrderOnHoldException(Guid orderId) : Exception($"Order {orderId} is on hold.");
