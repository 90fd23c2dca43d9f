using Headless.Infrastructure.Checkout;

namespace Headless.Api.Storefront.Checkout;

/// <summary>
/// A <c>Cart</c> as the API shows it: the service's view plus the token the client addressed it with,
/// which is the cart's <c>id</c> (only its hash is stored, so the view alone cannot show it).
/// </summary>
internal sealed record CartResult(string Token, CartView View);
