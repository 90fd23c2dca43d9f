namespace Headless.Infrastructure.Checkout;

/// <summary>
/// A user error: what went wrong (<see cref="Code"/>), for whom to read (<see cref="Message"/>), and which
/// input it concerns (<see cref="Path"/>, e.g. ["lines", "0", "quantity"]). <see cref="Field"/> names the
/// address field for INVALID_ADDRESS; <see cref="AvailableQuantity"/> is set for INSUFFICIENT_STOCK.
/// <see cref="VariantId"/> and <see cref="LineId"/> name what was not found; messages leave ids out, because
/// only the API knows the form (global IDs) its clients sent them in.
/// </summary>
public sealed record CheckoutError(
    CheckoutErrorCode Code,
    string Message,
    IReadOnlyList<string> Path,
    string? Field = null,
    int? AvailableQuantity = null,
    Guid? VariantId = null,
    IReadOnlyList<string>? SupportedPaymentMethods = null,
    Guid? LineId = null)
{
    public static CheckoutError CartNotFound() =>
        new(CheckoutErrorCode.CartNotFound, "No cart has this token.", ["cartId"]);

    public static CheckoutError CartCompleted() =>
        new(CheckoutErrorCode.CartCompleted, "The cart was already turned into an order.", ["cartId"]);

    public static CheckoutError CartConflict() =>
        new(CheckoutErrorCode.CartConflict, "The cart was being changed by another request at the same time; send the change again.", ["cartId"]);

    public static CheckoutError QuantityAboveLimit(int limit, int quantity, IReadOnlyList<string> path) =>
        new(CheckoutErrorCode.QuantityOutOfRange, $"A cart may hold at most {limit} units of a variant; this line would hold {quantity}.", path);

    public static CheckoutError InsufficientStock(Guid variantId, int available, IReadOnlyList<string> path) =>
        new(CheckoutErrorCode.InsufficientStock, $"Only {available} left in stock.", path, AvailableQuantity: available, VariantId: variantId);
}
