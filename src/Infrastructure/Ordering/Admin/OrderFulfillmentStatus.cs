using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>How far an order's goods are on their way: a reading of its state, so it filters as a set of states.</summary>
public enum OrderFulfillmentStatus
{
    Unfulfilled,
    InProgress,
    Shipped,
    Delivered,
    Closed,
}

/// <summary>The states behind each <see cref="OrderFulfillmentStatus"/>.</summary>
public static class OrderFulfillment
{
    public static OrderFulfillmentStatus Of(OrderState state) => state switch
    {
        OrderState.Placed or OrderState.PaymentAuthorized or OrderState.PaymentCaptured => OrderFulfillmentStatus.Unfulfilled,
        OrderState.Fulfilling => OrderFulfillmentStatus.InProgress,
        OrderState.Shipped => OrderFulfillmentStatus.Shipped,
        OrderState.Delivered or OrderState.Fulfilled => OrderFulfillmentStatus.Delivered,
        _ => OrderFulfillmentStatus.Closed,
    };

    public static IReadOnlyList<OrderState> States(IEnumerable<OrderFulfillmentStatus> statuses)
    {
        var wanted = statuses.ToHashSet();
        return Enum.GetValues<OrderState>().Where(s => wanted.Contains(Of(s))).ToList();
    }
}
