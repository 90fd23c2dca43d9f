namespace Headless.Domain.Checkout;

/// <summary>Stable codes for broken checkout rules; the application maps them to typed user errors.</summary>
public static class CheckoutErrorCodes
{
    public const string CartCompleted = "checkout.cart_completed";
    public const string QuantityOutOfRange = "checkout.quantity_out_of_range";
    public const string TooManyLines = "checkout.too_many_lines";
    public const string LineNotFound = "checkout.line_not_found";
    public const string InvalidEmail = "checkout.invalid_email";
    public const string InvalidAddress = "checkout.invalid_address";
    public const string InvalidToken = "checkout.invalid_token";
    public const string VariantRequired = "checkout.variant_required";
    public const string InvalidRecipient = "checkout.invalid_recipient";
}
