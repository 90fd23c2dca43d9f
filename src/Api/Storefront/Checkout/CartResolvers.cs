using Headless.Api.Storefront.Catalog.DataLoaders;
using Headless.Domain.Checkout;
using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Checkout;

/// <summary>The fields of <c>Cart</c>, <c>CartLine</c> and <c>CartError</c>; the rest bind to CLR members by name.</summary>
internal static class CartResolvers
{
    public static SchemaBuilder AddCartFields(this SchemaBuilder schema) => schema
        .BindEnum<CheckoutErrorCode>("UserErrorCode")
        .AddResolver("Cart", "id", context => Cart(context.Source).Token)
        .AddResolver("Cart", "lines", context => Cart(context.Source).View.Totals.Lines)
        .AddResolver("Cart", "totalQuantity", context => Cart(context.Source).View.Totals.Lines.Sum(l => l.Quantity))
        .AddResolver("Cart", "email", context => Cart(context.Source).View.Cart.Email)
        .AddResolver("Cart", "shippingAddress", context => Cart(context.Source).View.Cart.ShippingAddress)
        .AddResolver("Cart", "billingAddress", context => Cart(context.Source).View.Cart.BillingAddress)
        .AddResolver("Cart", "requiresShipping", context => Cart(context.Source).View.Totals.RequiresShipping)
        .AddResolver("Cart", "availableShippingMethods", context => Cart(context.Source).View.AvailableShippingMethods)
        .AddResolver("Cart", "availablePaymentMethods", context =>
        {
            var view = Cart(context.Source).View;
            return context.RequestServices.GetRequiredService<PaymentMethodCatalog>().AvailableFor(PaymentMethodAvailability.For(view.Cart, view.Totals));
        })
        .AddResolver("PaymentMethod", "nextActionType", context => ((PaymentMethod)context.Source!).Code switch
        {
            PaymentMethodCodes.Wallet => (object)Ordering.NextActionType.QrCode,
            PaymentMethodCodes.BankTransfer => Ordering.NextActionType.BankTransfer,
            _ => null,
        })
        .AddResolver("PaymentMethod", "paidOnDelivery", context => ((PaymentMethod)context.Source!).CapturesOnDelivery)
        .AddResolver("Cart", "shippingMethod", context => Cart(context.Source).View.Totals.ShippingMethod)
        .AddResolver("Cart", "subtotal", context => Cart(context.Source).View.Totals.Subtotal)
        .AddResolver("Cart", "shipping", context => Cart(context.Source).View.Totals.Shipping)
        .AddResolver("Cart", "total", context => Cart(context.Source).View.Totals.Total)
        .AddResolver("Cart", "reservedUntil", context => Cart(context.Source).View.ReservedUntil)
        .AddResolver("Cart", "completed", context => Cart(context.Source).View.Cart.IsCompleted)
        .AddResolver("CartLine", "id", context => GlobalId.Encode("CartLine", Line(context.Source).LineId))
        .AddResolver("CartLine", "variant", async context =>
            await context.DataLoader<VariantByIdLoader>().LoadAsync(Line(context.Source).Variant.VariantId))
        .AddResolver("CartLine", "unitPrice", context => Line(context.Source).Variant.UnitPrice)
        .AddResolver("CartLine", "recipient", context => Line(context.Source).Recipient)
        .AddResolver("CartError", "message", context => CartErrorMessage.For((CheckoutError)context.Source!))
        .AddResolver("CartError", "variantId", context =>
            ((CheckoutError)context.Source!).VariantId is { } id ? GlobalId.Encode("ProductVariant", id) : null)
        .AddTypeResolver("UserError", (value, schema) => value is CheckoutError ? schema.GetType("CartError") as ObjectType : null);

    private static CartResult Cart(object? source) => (CartResult)source!;

    private static PricedCartLine Line(object? source) => (PricedCartLine)source!;
}
