using Headless.Api.Identity;
using Headless.Api.Storefront.Ordering.Inputs;
using Headless.Domain.Ordering;
using Headless.Domain.Ordering.Returns;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Ordering.Returns;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Ordering;

/// <summary><c>requestReturn</c>, <c>Order.returns</c> and <c>OrderLine.id</c>: the shopper's side of returns.</summary>
internal static class ReturnResolvers
{
    /// <summary>Who asked, on the return, when the order token proved access.</summary>
    public const string Shopper = "shopper";

    public static SchemaBuilder AddReturnFields(this SchemaBuilder schema) => schema
        .BindEnum<ReturnStatus>("ReturnStatus")
        .BindEnum<ReturnErrorCode>("ReturnErrorCode")
        .AddResolver("OrderLine", "id", context => GlobalId.Encode("OrderLine", ((OrderLine)context.Source!).Id))
        .AddResolver("Order", "returns", async (IResolveFieldContext context) =>
        {
            // A scope of its own: on a WebSocket, order-status updates resolve concurrently in one request scope.
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            return (object)await scope.ServiceProvider.GetRequiredService<HeadlessDbContext>().Returns.AsNoTracking().Include(r => r.Lines)
                .Where(r => r.OrderId == ((Order)context.Source!).Id).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(context.CancellationToken);
        })
        .AddResolver("Return", "id", context => GlobalId.Encode("Return", ((OrderReturn)context.Source!).Id))
        .AddResolver("ReturnLine", "lineId", context => GlobalId.Encode("OrderLine", ((ReturnLine)context.Source!).OrderLineId))
        .AddResolver("Mutation", "requestReturn", RequestAsync);

    private static async Task<RequestReturnPayload> RequestAsync(RequestReturnInput input, IResolveFieldContext context)
    {
        var services = context.RequestServices;
        var ct = context.CancellationToken;
        var customerId = context.CustomerId();
        Order? order = null;
        if (GlobalId.TryDecode(input.OrderId) is ("Order", var orderId))
        {
            order = !string.IsNullOrEmpty(input.Token)
                ? await services.GetRequiredService<OrderQueries>().GetOrderAsync(orderId, input.Token, ct)
                : customerId is { } id ? await services.GetRequiredService<CustomerCommerce>().OrderAsync(id, orderId, ct) : null;
        }

        // A wrong token, someone else's order and a malformed ID answer alike.
        if (order is null)
        {
            return Refused(ReturnErrorCode.OrderNotFound, "No order has this ID and token.", "orderId");
        }

        var lines = new List<ReturnLineRequest>();
        for (var i = 0; i < input.Lines.Count; i++)
        {
            if (GlobalId.TryDecode(input.Lines[i].LineId) is not ("OrderLine", var lineId))
            {
                return Refused(ReturnErrorCode.LineNotFound, "The order has no such line.", "lines", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "lineId");
            }

            lines.Add(new ReturnLineRequest(lineId, input.Lines[i].Quantity));
        }

        var requestedBy = string.IsNullOrEmpty(input.Token) && customerId is { } customer ? $"customer:{customer}" : Shopper;
        var result = await services.GetRequiredService<ReturnService>().RequestAsync(order.Id, lines, input.Reason ?? "", input.IdempotencyKey ?? "", requestedBy, ct);
        return result.ErrorCode switch
        {
            null => new RequestReturnPayload(result.Return, []),
            ReturnErrorCodes.NotDelivered => Refused(ReturnErrorCode.NotDelivered, result.Message!, "orderId"),
            ReturnErrorCodes.NotReturnable => Refused(ReturnErrorCode.NotReturnable, result.Message!, "lines"),
            ReturnErrorCodes.QuantityExceeded => Refused(ReturnErrorCode.QuantityExceeded, result.Message!, "lines"),
            OrderErrorCodes.LineNotFound => Refused(ReturnErrorCode.LineNotFound, result.Message!, "lines"),
            _ => Refused(ReturnErrorCode.InvalidReturn, result.Message!),
        };
    }

    private static RequestReturnPayload Refused(ReturnErrorCode code, string message, params string[] path) =>
        new(null, [new ReturnError(code, message, path)]);
}
