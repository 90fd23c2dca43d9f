using Headless.Domain.Ordering;
using Headless.Domain.Shipping;
using Headless.GraphQL.Types;

namespace Headless.Api.Storefront.Shipping;

/// <summary>The fields of <c>Shipment</c>, <c>ShipmentLine</c> and <c>LineFulfillment</c> that do not bind by name.</summary>
internal static class ShipmentResolvers
{
    public static SchemaBuilder AddShipmentFields(this SchemaBuilder schema) => schema
        .BindEnum<ShipmentStatus>("ShipmentStatus")
        .BindEnum<ShipmentProgress>("ShipmentProgress")
        .BindEnum<LineFulfillmentStatus>("FulfillmentStatus")
        .BindEnum<Ordering.NextActionType>("NextActionType")
        .AddResolver("ShipmentLine", "variantId", context => GlobalId.Encode("ProductVariant", ((ShipmentLine)context.Source!).VariantId));
}
