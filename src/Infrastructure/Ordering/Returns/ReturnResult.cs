using Headless.Domain.Ordering.Returns;
using Headless.Domain.Payments;

namespace Headless.Infrastructure.Ordering.Returns;

/// <summary>The return as it stands (and the refund made on receipt), or why the action was refused.</summary>
public sealed record ReturnResult(OrderReturn? Return, Refund? Refund, string? ErrorCode, string? Message)
{
    public static ReturnResult Ok(OrderReturn value, Refund? refund = null) => new(value, refund, null, null);

    public static ReturnResult Refused(string code, string message, OrderReturn? value = null) => new(value, null, code, message);
}
