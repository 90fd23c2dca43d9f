using Headless.Domain.Ordering;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Ordering;

/// <summary><c>Query.order</c> and the fields of <c>Order</c>, <c>OrderLine</c> and <c>OrderEvent</c>.</summary>
internal static class OrderResolvers
{
    public static SchemaBuilder AddOrderFields(this SchemaBuilder schema) => schema
        .BindEnum<OrderState>("OrderStatus")
        .BindEnum<Domain.Payments.PaymentStatus>("PaymentStatus")
        .AddResolver("Query", "order", async (string id, string token, IResolveFieldContext context) =>
        {
            // A malformed ID is as unknown as a wrong token: the answer must not tell them apart.
            if (GlobalId.TryDecode(id) is not ("Order", var orderId))
            {
                return null;
            }

            var orders = context.RequestServices.GetRequiredService<OrderQueries>();
            return await orders.GetOrderAsync(orderId, token, context.CancellationToken);
        })
        .AddResolver("Order", "id", context => GlobalId.Encode("Order", Order(context.Source).Id))
        .AddResolver("Order", "status", context => Order(context.Source).State)
        .AddResolver("Order", "paymentReference", async context =>
            (object?)await context.RequestServices.GetRequiredService<OrderQueries>().GetPaymentReferenceAsync(Order(context.Source).Id, context.CancellationToken))
        .AddResolver("Order", "shipping", context => Order(context.Source).ShippingTotal)
        .AddResolver("Order", "events", context =>
        {
            var order = Order(context.Source);
            return order.Events.Select(e => OrderStatusMessage.From(order.Id, order.Number, e)).ToList();
        })
        .AddResolver("OrderLine", "variantId", context => GlobalId.Encode("ProductVariant", ((OrderLine)context.Source!).VariantId))
        .AddResolver("OrderLine", "fulfillment", context => LineFulfillment.For((OrderLine)context.Source!))
        .AddResolver("LineFulfillment", "codes", async context =>
        {
            // Reached only through an order its caller may see (token or customer): the codes are theirs.
            var line = ((LineFulfillment)context.Source!).Line;
            if (line.Kind != Domain.Catalog.ProductKind.Digital || line.FulfillmentStatus != LineFulfillmentStatus.Fulfilled)
            {
                return null;
            }

            var codes = await context.RequestServices.GetRequiredService<Infrastructure.Fulfillment.DigitalCodes.DigitalCodeIssuer>().CodesForAsync([line.Id], context.CancellationToken);
            return (object)codes[line.Id].Select(c => c.Code).ToList();
        })
        .AddResolver("Order", "nextAction", async context =>
        {
            var order = Order(context.Source);
            var queries = context.RequestServices.GetRequiredService<OrderQueries>();
            var options = context.RequestServices.GetRequiredService<Infrastructure.Payments.PaymentOptions>();
            return await queries.GetPaymentAsync(order.Id, context.CancellationToken) is { } payment
                ? NextAction.For(payment, order, options)
                : null;
        })
        .AddResolver("Order", "paymentMethod", async context =>
            (await context.RequestServices.GetRequiredService<OrderQueries>().GetPaymentAsync(Order(context.Source).Id, context.CancellationToken))?.Method)
        .AddResolver("Order", "shipments", async context =>
            await context.RequestServices.GetRequiredService<OrderQueries>().GetShipmentsAsync(Order(context.Source).Id, context.CancellationToken))
        .AddResolver("Order", "shipmentProgress", async context =>
        {
            var shipments = await context.RequestServices.GetRequiredService<OrderQueries>().GetShipmentsAsync(Order(context.Source).Id, context.CancellationToken);
            return (object?)Domain.Shipping.ShipmentProgressRule.Of(shipments, Infrastructure.Shipping.ShipmentCoverage.EveryUnitInAParcel(Order(context.Source), shipments));
        })
        .AddResolver("OrderEvent", "fromStatus", context => Event(context.Source).FromState)
        .AddResolver("OrderEvent", "toStatus", context => Event(context.Source).State);

    private static Order Order(object? source) => (Order)source!;

    private static OrderStatusMessage Event(object? source) => (OrderStatusMessage)source!;
}
