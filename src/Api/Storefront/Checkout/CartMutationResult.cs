using Headless.Infrastructure.Checkout;

namespace Headless.Api.Storefront.Checkout;

/// <summary>A <c>CartPayload</c>: the cart (null when not found) and the user errors, paths relative to the mutation's input.</summary>
internal sealed record CartMutationResult(CartResult? Cart, IReadOnlyList<CheckoutError> Errors)
{
    // The services name some inputs after the cart's fields; the mutations' inputs call them otherwise.
    private static readonly Dictionary<string, string> InputNames = new(StringComparer.Ordinal)
    {
        ["shippingAddress"] = "address",
        ["billingAddress"] = "address",
        ["shippingMethodCode"] = "code",
    };

    public static CartMutationResult From(string token, CartPayload payload) =>
        new(payload.Cart is null ? null : new CartResult(token, payload.Cart), [.. payload.Errors.Select(RelativeToInput)]);

    private static CheckoutError RelativeToInput(CheckoutError error) =>
        error.Path.Count > 0 && InputNames.TryGetValue(error.Path[0], out var renamed)
            ? error with { Path = [renamed, .. error.Path.Skip(1)] }
            : error;
}
