using Headless.Infrastructure.Checkout;

namespace Headless.Api.Storefront.Checkout;

/// <summary>
/// A <c>CartError.message</c>: the service's text, naming what was not found by the global ID the client sent
/// (the services know only database ids, which a client has never seen and could not look up).
/// </summary>
internal static class CartErrorMessage
{
    public static string For(CheckoutError error) => error switch
    {
        { Code: CheckoutErrorCode.VariantNotFound, VariantId: { } id } => Naming(error.Message, "variant", GlobalId.Encode("ProductVariant", id)),
        { Code: CheckoutErrorCode.LineNotFound, LineId: { } id } => Naming(error.Message, "line", GlobalId.Encode("CartLine", id)),
        _ => error.Message,
    };

    private static string Naming(string message, string what, string globalId) => $"{message} (the {what} \"{globalId}\")";
}
