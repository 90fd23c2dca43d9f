using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>
/// The outcome of a staff action on an order: the order as it is afterwards (null when not found), what the action
/// made (a note, a shipment), and the refusal when there is one (a stable code from <see cref="OrderActionErrors"/>).
/// </summary>
public sealed record OrderActionResult(Order? Order, object? Made, string? ErrorCode, string? ErrorMessage, string? ErrorField, bool Replayed = false)
{
    public bool Succeeded => ErrorCode is null;

    public static OrderActionResult Done(Order order, object? made = null) => new(order, made, null, null, null);

    public static OrderActionResult Refused(Order? order, string code, string message, string? field = null) => new(order, null, code, message, field);
}
