namespace Headless.Domain.Payments;

public static class PaymentErrorCodes
{
    public const string OrderRequired = "payments.order_required";
    public const string InvalidReference = "payments.invalid_reference";
    public const string InvalidAmount = "payments.invalid_amount";
    public const string InvalidStatusChange = "payments.invalid_status_change";
}
