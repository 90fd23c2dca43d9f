using Headless.Domain.Checkout;
using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.Domain.SeedWork;

namespace Headless.Infrastructure.Checkout;

/// <summary>Maps a broken domain rule to the user error the API shows; anything unmapped is a bug and stays an exception.</summary>
internal static class DomainErrors
{
    public static CheckoutError ToUserError(DomainException exception, IReadOnlyList<string> path) => exception.Code switch
    {
        CheckoutErrorCodes.QuantityOutOfRange => new(CheckoutErrorCode.QuantityOutOfRange, exception.Message, [.. path, "quantity"]),
        CheckoutErrorCodes.TooManyLines => new(CheckoutErrorCode.QuantityOutOfRange, exception.Message, path),
        // The domain's message names the raw line id; the API adds the ID in the form the client sent it.
        CheckoutErrorCodes.LineNotFound => new(CheckoutErrorCode.LineNotFound, "The cart has no line with this ID.", [.. path, "lineId"]),
        CheckoutErrorCodes.CartCompleted => CheckoutError.CartCompleted(),
        CheckoutErrorCodes.InvalidEmail => new(CheckoutErrorCode.InvalidEmail, exception.Message, ["email"]),
        CheckoutErrorCodes.InvalidAddress => new(CheckoutErrorCode.InvalidAddress, exception.Message, path),
        CheckoutErrorCodes.InvalidRecipient => new(CheckoutErrorCode.InvalidRecipient, exception.Message, [.. path, "recipient"]),
        CommonErrorCodes.CurrencyMismatch => new(CheckoutErrorCode.CurrencyMismatch, exception.Message, path),
        OrderErrorCodes.EmptyOrder => new(CheckoutErrorCode.CartEmpty, "The cart has no lines.", ["cartId"]),
        OrderErrorCodes.MissingVariants => new(CheckoutErrorCode.VariantNotFound, exception.Message, ["cartId"]),
        OrderErrorCodes.EmailRequired => new(CheckoutErrorCode.EmailRequired, exception.Message, ["email"]),
        OrderErrorCodes.ShippingAddressRequired => new(CheckoutErrorCode.InvalidAddress, exception.Message, ["shippingAddress"], Field: "shippingAddress"),
        OrderErrorCodes.ShippingMethodRequired => new(CheckoutErrorCode.ShippingMethodUnavailable, exception.Message, ["shippingMethod"]),
        OrderErrorCodes.InvalidIdempotencyKey => new(CheckoutErrorCode.InvalidIdempotencyKey, exception.Message, ["idempotencyKey"]),
        _ => throw new InvalidOperationException($"Unmapped domain error {exception.Code}.", exception),
    };
}
