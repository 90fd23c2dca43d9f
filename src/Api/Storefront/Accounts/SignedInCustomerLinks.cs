using Headless.Api.Identity;
using Headless.Domain.Ordering;
using Headless.GraphQL.Execution;
using Headless.Infrastructure.Identity.Customers;

namespace Headless.Api.Storefront.Accounts;

/// <summary>What the cart and order mutations do for a signed-in customer: the new cart and the placed order become theirs.</summary>
internal static class SignedInCustomerLinks
{
    public static async Task AttachCartAsync(IResolveFieldContext context, string cartToken)
    {
        if (context.CustomerId() is { } customerId)
        {
            await context.RequestServices.GetRequiredService<CustomerCommerce>().AttachCartAsync(customerId, cartToken, context.CancellationToken);
        }
    }

    public static async Task LinkOrderAsync(IResolveFieldContext context, Order? order)
    {
        if (order is not null && context.CustomerId() is { } customerId)
        {
            await context.RequestServices.GetRequiredService<CustomerCommerce>().LinkOrderAsync(customerId, order.Id, context.CancellationToken);
        }
    }
}
