using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Ordering;

/// <summary><c>Mutation.placeOrder</c>: a thin call to <see cref="PlaceOrderService"/>.</summary>
internal static class PlaceOrderResolvers
{
    public static SchemaBuilder AddPlaceOrder(this SchemaBuilder schema) => schema
        .AddResolver("Mutation", "placeOrder", async (Inputs.PlaceOrderInput input, IResolveFieldContext context) =>
        {
            var request = new PlaceOrderRequest(
                input.CartId,
                input.Payment.Method,
                input.Payment.Token,
                input.IdempotencyKey);
            var result = await context.RequestServices.GetRequiredService<PlaceOrderService>().PlaceOrderAsync(request, context.CancellationToken);
            await Accounts.SignedInCustomerLinks.LinkOrderAsync(context, result.Order);
            return result;
        })
        .AddResolver("PlaceOrderPayload", "orderToken", context => ((PlaceOrderResult)context.Source!).AccessToken);
}
