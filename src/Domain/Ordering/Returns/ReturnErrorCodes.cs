namespace Headless.Domain.Ordering.Returns;

public static class ReturnErrorCodes
{
    public const string NotDelivered = "returns.not_delivered";
    public const string NotReturnable = "returns.not_returnable";
    public const string QuantityExceeded = "returns.quantity_exceeded";
    public const string InvalidReturn = "returns.invalid_return";
    public const string InvalidStatusChange = "returns.invalid_status_change";
}
