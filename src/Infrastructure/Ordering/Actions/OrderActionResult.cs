using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Ordering.Actions;

/// <summary>The order after an action, or why the action was refused (a stable code and a message for the operator).</summary>
public sealed record OrderActionResult(Order? Order, string? ErrorCode, string? Message)
{
    public static OrderActionResult Ok(Order order) => new(order, null, null);

    public static OrderActionResult Refused(string code, string message, Order? order = null) => new(order, code, message);
}
