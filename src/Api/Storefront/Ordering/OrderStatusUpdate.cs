using Headless.GraphQL.Execution;
using Headless.Infrastructure.Ordering;

namespace Headless.Api.Storefront.Ordering;

/// <summary>
/// One item of <c>orderStatusChanged</c>. Carries the token so that <c>order</c> can be read (in its own
/// scope) only if selected, and only with the access the subscriber proved. Every subscriber of one order with
/// the same token gets the same answer for an event, so the engine may execute it once for all of them: the key
/// holds the token, and a subscriber with another token (which could not read the order) never shares.
/// </summary>
internal sealed record OrderStatusUpdate(Guid OrderId, string Token, OrderStatusMessage Message) : IShareableEvent
{
    public object ShareKey => (OrderId, Token, Message.Sequence);
}
