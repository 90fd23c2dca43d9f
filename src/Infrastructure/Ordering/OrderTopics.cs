namespace Headless.Infrastructure.Ordering;

/// <summary>Names of message-bus topics for orders.</summary>
public static class OrderTopics
{
    public static string ForOrder(Guid orderId) => $"order:{orderId:D}";
}
