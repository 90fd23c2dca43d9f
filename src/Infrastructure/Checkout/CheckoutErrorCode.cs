namespace Headless.Infrastructure.Checkout;

/// <summary>The user-error codes of cart and checkout operations; the API prints them SCREAMING_SNAKE.</summary>
public enum CheckoutErrorCode
{
    InsufficientStock,
    VariantNotFound,
    InvalidAddress,

    /// <summary>A service line's recipient (phone or account number) is missing or not valid for the product.</summary>
    InvalidRecipient,
    QuantityOutOfRange,
    ShippingMethodUnavailable,
    CartNotFound,
    CartCompleted,
    CartConflict,
    CartEmpty,
    LineNotFound,
    InvalidEmail,
    EmailRequired,
    CurrencyMismatch,
    PaymentDeclined,
    PaymentUnavailable,
    InvalidIdempotencyKey,
    IdempotencyKeyReused,
    UnsupportedPaymentMethod,

    /// <summary>The payment method exists but not for this cart (country, currency, total or contents).</summary>
    PaymentMethodUnavailable,
}
