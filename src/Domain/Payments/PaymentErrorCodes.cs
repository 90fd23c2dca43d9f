namespace Headless.Domain.Payments;

public static class PaymentErrorCodes
{
    public const string OrderRequired = "payments.order_required";
    public const string InvalidReference = "payments.invalid_reference";
    public const string InvalidAmount = "payments.invalid_amount";

    /// <summary>A capture or refund of an amount other than the one the order allows.</summary>
    public const string AmountMismatch = "payments.amount_mismatch";
    public const string InvalidStatusChange = "payments.invalid_status_change";

    /// <summary>A refund of more than is captured and not yet refunded.</summary>
    public const string RefundExceedsCaptured = "payments.refund_exceeds_captured";
    public const string RefundQuantityExceeded = "payments.refund_quantity_exceeded";
    public const string NothingToRefund = "payments.nothing_to_refund";
    public const string NotCaptured = "payments.not_captured";
    public const string InvalidRefund = "payments.invalid_refund";
}
