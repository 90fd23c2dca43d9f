using Headless.Api.Storefront;
using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;

namespace Headless.Api.Admin.Orders;

/// <summary>
/// The few base fields of the admin <c>Order</c> that the refund and return fields need to hang on. Stand-in for the
/// admin orders feature, which owns the type: drop this file when merging with it.
/// </summary>
internal static class MinimalOrderFields
{
    public static SchemaBuilder AddMinimalOrderFields(this SchemaBuilder schema) => schema
        .AddScalar(DecimalScalar.Create())
        .BindEnum<OrderState>("OrderStatus")
        .AddResolver("Money", "amount", context => Storefront.Catalog.MoneyResolvers.WithCents(((Money)context.Source!).Amount))
        .AddResolver("Order", "id", context => GlobalId.Encode("Order", ((Order)context.Source!).Id))
        .AddResolver("Order", "status", context => ((Order)context.Source!).State);
}
