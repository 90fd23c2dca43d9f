using Headless.GraphQL.Types;
using Headless.Infrastructure.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Ordering;

/// <summary><c>Mutation.placeOrder</c>: a thin call to <see cref="PlaceOrderService"/>.</summary>
internal static class PlaceOrderResolvers
{
    public static SchemaBuilder AddPlaceOrder(this SchemaBuilder schema) => schema
        .AddResolver("Mutation", "placeOrder", async context =>
        {
            var input = (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;
            var payment = input.Object("payment")!;
            var request = new PlaceOrderRequest(
                input.Get<string>("cartId")!,
                payment.Get<string>("method")!,
                payment.Get<string>("token")!,
                input.Get<string>("idempotencyKey")!);
            return await context.RequestServices.GetRequiredService<PlaceOrderService>().PlaceOrderAsync(request, context.CancellationToken);
        })
        .AddResolver("PlaceOrderPayload", "orderToken", context => ((PlaceOrderResult)context.Source!).AccessToken);
}
