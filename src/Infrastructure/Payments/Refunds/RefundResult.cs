using Headless.Domain.Payments;

namespace Headless.Infrastructure.Payments.Refunds;

/// <summary>
/// The refund as it stands, and why it is not (yet) made when it is not: a domain code (<c>payments.…</c>,
/// <c>ordering.…</c>) or one of <see cref="RefundService"/>'s.
/// </summary>
public sealed record RefundResult(Refund? Refund, string? ErrorCode, string? Message)
{
    public bool Succeeded => ErrorCode is null && Refund is { Status: RefundStatus.Succeeded };

    public static RefundResult Done(Refund refund) => refund.Status switch
    {
        RefundStatus.Succeeded => new(refund, null, null),
        RefundStatus.Failed => new(refund, RefundService.ProviderDeclined, $"The payment provider refused the refund: {refund.Failure}"),
        _ => new(refund, RefundService.ProviderUnavailable, "The payment provider did not answer; repeat with the same idempotency key to finish the refund."),
    };

    public static RefundResult Refused(string code, string message) => new(null, code, message);
}
