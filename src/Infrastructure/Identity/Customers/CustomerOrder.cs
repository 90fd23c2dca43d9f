namespace Headless.Infrastructure.Identity.Customers;

/// <summary>An order placed by a signed-in customer (one row per order; placing again with the same key adds nothing).</summary>
public sealed class CustomerOrder(Guid orderId, Guid customerId)
{
    public Guid OrderId { get; private set; } = orderId;

    public Guid CustomerId { get; private set; } = customerId;
}
