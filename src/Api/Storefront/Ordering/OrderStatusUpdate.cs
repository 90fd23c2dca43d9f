using Headless.Infrastructure.Ordering;

namespace Headless.Api.Storefront.Ordering;

/// <summary>
/// One item of <c>orderStatusChanged</c>. Carries the token so that <c>order</c> can be read (in its own
/// scope) only if selected, and only with the access the subscriber proved.
/// </summary>
internal sealed record OrderStatusUpdate(Guid OrderId, string Token, OrderStatusMessage Message);
