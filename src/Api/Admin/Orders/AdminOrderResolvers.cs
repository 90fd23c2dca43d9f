using System.Globalization;
using System.Security.Claims;
using System.Text;
using Headless.Api.Admin.Audit;
using Headless.Api.Admin.Inputs;
using Headless.Api.Storefront;
using Headless.Api.Storefront.Catalog;
using Headless.Api.Storefront.Ordering;
using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.Shipping;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.GraphQL.Types.Scalars;
using Headless.Infrastructure.Ordering.Admin;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Shipping;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Admin.Orders;

/// <summary>
/// <c>orders</c>, <c>order</c>, the admin <c>Order</c> type and the order actions: thin calls to
/// <see cref="OrderSearch"/> and <see cref="OrderActions"/>.
/// </summary>
internal static class AdminOrderResolvers
{
    public static SchemaBuilder AddOrderResolvers(this SchemaBuilder schema) => schema
        .AddScalar(DecimalScalar.Create())
        .BindEnum<OrderState>("OrderStatus")
        .BindEnum<PaymentStatus>("PaymentStatus")
        .BindEnum<OrderFulfillmentStatus>("OrderFulfillmentStatus")
        .BindEnum<ShipmentStatus>("ShipmentStatus")
        .BindEnum<ShipmentProgress>("ShipmentProgress")
        .BindEnum<LineFulfillmentStatus>("FulfillmentStatus")
        .BindEnum<OrderOrderField>("OrderOrderField")
        .BindEnum<SortDirection>("OrderDirection")
        .AddResolver("Query", "orders", OrdersAsync)
        .AddResolver("Query", "order", async (string id, IResolveFieldContext context) =>
            OrderId(id) is { } orderId
                ? await AdminReads.ReadAsync(context, db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, context.CancellationToken))
                : null)
        .AddResolver("Order", "id", context => GlobalId.Encode("Order", Source<Order>(context).Id))
        .AddResolver("Order", "status", context => Source<Order>(context).State)
        .AddResolver("Order", "paymentStatus", async context =>
            (object?)(await Payments(context, Source<Order>(context).Id)).LastOrDefault()?.Status)
        .AddResolver("Order", "fulfillmentStatus", context => OrderFulfillment.Of(Source<Order>(context).State))
        .AddResolver("Order", "hold", context => Source<Order>(context) is { OnHold: true } held
            ? new OrderHold(held.HoldReason ?? "", held.HeldAt ?? held.UpdatedAt, held.HeldBy ?? "")
            : null)
        .AddResolver("Order", "customerEmail", context => Source<Order>(context).Email)
        .AddResolver("Order", "payments", async context => await Payments(context, Source<Order>(context).Id))
        .AddResolver("Order", "shipments", async context =>
            await AdminReads.ReadAsync(context, db => db.Shipments.AsNoTracking().Where(s => s.OrderId == Source<Order>(context).Id).OrderBy(s => s.Number).ToListAsync(context.CancellationToken)))
        .AddResolver("Order", "shipmentProgress", async context =>
        {
            var order = Source<Order>(context);
            var shipments = await AdminReads.ReadAsync(context, db => db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id).ToListAsync(context.CancellationToken));
            return (object?)ShipmentProgressRule.Of(shipments, ShipmentCoverage.EveryUnitInAParcel(order, shipments));
        })
        .AddResolver("Order", "events", async context =>
            await AdminReads.ReadAsync(context, db => db.OrderEvents.AsNoTracking().Where(e => e.OrderId == Source<Order>(context).Id).OrderBy(e => e.Sequence).ToListAsync(context.CancellationToken)))
        .AddResolver("Order", "notes", async context =>
            await AdminReads.ReadAsync(context, db => db.OrderNotes.AsNoTracking().Where(n => n.OrderId == Source<Order>(context).Id).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(context.CancellationToken)))
        .AddResolver("Money", "amount", context => MoneyResolvers.WithCents(Source<Money>(context).Amount))
        .AddResolver("OrderLine", "id", context => AdminIds.Encode(AdminIds.OrderLine, Source<OrderLine>(context).Id))
        .AddResolver("OrderLine", "variantId", context => GlobalId.Encode("ProductVariant", Source<OrderLine>(context).VariantId))
        .AddResolver("OrderLine", "fulfillment", context => LineFulfillment.For(Source<OrderLine>(context)))
        .AddResolver("Payment", "id", context => AdminIds.Encode(AdminIds.Payment, Source<Payment>(context).Id))
        .AddResolver("Payment", "reference", context => Source<Payment>(context).AuthorizationId)
        .AddResolver("Payment", "captured", context => new Money(Source<Payment>(context).CapturedAmount, Source<Payment>(context).Amount.Currency))
        .AddResolver("Payment", "refunded", context => new Money(Source<Payment>(context).RefundedAmount, Source<Payment>(context).Amount.Currency))
        .AddResolver("Shipment", "id", context => AdminIds.Encode(AdminIds.Shipment, Source<Shipment>(context).Id))
        .AddResolver("Shipment", "locationId", context => AdminIds.Encode(AdminIds.StockLocation, Source<Shipment>(context).LocationId))
        .AddResolver("ShipmentLine", "orderLineId", context => AdminIds.Encode(AdminIds.OrderLine, Source<ShipmentLine>(context).OrderLineId))
        .AddResolver("OrderEvent", "transition", context => Source<OrderEvent>(context).Transition is { } transition ? ScreamingSnake(transition.ToString()) : null)
        .AddResolver("OrderEvent", "fromStatus", context => Source<OrderEvent>(context).FromState)
        .AddResolver("OrderEvent", "toStatus", context => Source<OrderEvent>(context).ToState)
        .AddResolver("OrderNote", "id", context => AdminIds.Encode(AdminIds.OrderNote, Source<OrderNote>(context).Id))
        .AddResolver("OrderNote", "authorId", context => AdminIds.Actor(Source<OrderNote>(context).AuthorKind, Source<OrderNote>(context).AuthorId))
        .AddResolver("Mutation", "holdOrder", (HoldOrderInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            Act(context, input.OrderId, (actions, id) => actions.HoldAsync(id, input.Reason, AdminActor.Of(user), input.IdempotencyKey, context.CancellationToken)))
        .AddResolver("Mutation", "releaseOrder", (ReleaseOrderInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            Act(context, input.OrderId, (actions, id) => actions.ReleaseAsync(id, AdminActor.Of(user), input.IdempotencyKey, context.CancellationToken)))
        .AddResolver("Mutation", "markOrderDelivered", (MarkOrderDeliveredInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            Act(context, input.OrderId, (actions, id) => actions.MarkDeliveredAsync(id, AdminActor.Of(user), input.IdempotencyKey, context.CancellationToken)))
        .AddResolver("Mutation", "addOrderNote", async (AddOrderNoteInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
        {
            var result = await Run(context, input.OrderId, (actions, id) => actions.AddNoteAsync(id, input.Text, AdminActor.Of(user), input.IdempotencyKey, context.CancellationToken));
            return new AddOrderNotePayload(result.Made as OrderNote, result.Order, result.Replayed, Errors(result));
        })
        .AddResolver("Mutation", "createShipment", CreateShipmentAsync);


    private static T Source<T>(IResolveFieldContext context) => (T)context.Source!;

    private static async Task<List<Payment>> Payments(IResolveFieldContext context, Guid orderId) =>
        await AdminReads.ReadAsync(context, db => db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).ToListAsync(context.CancellationToken));

    /// <summary>The order's database ID from its global ID (the storefront's), or from the bare UUID integrators may hold.</summary>
    internal static Guid? OrderId(string id) => AdminIds.Parse(id, AdminIds.Order);

    private static async Task<OrderConnection> OrdersAsync(int? first, string? after, OrderFilter? where, OrderOrder? order, IResolveFieldContext context)
    {
        try
        {
            var page = await AdminReads.ReadWithAsync<OrderSearch, OrderPage>(context, search => search.PageAsync(
                where?.ToSearch() ?? new OrderSearchFilter(), order?.Field == OrderOrderField.Number, (order?.Direction ?? SortDirection.Desc) == SortDirection.Desc,
                after, first, context.CancellationToken));
            var edges = page.Orders.Select(o => new OrderEdge(o.Cursor, o.Order)).ToList();
            return new OrderConnection(edges, edges.Select(e => e.Node).ToList(), edges.LastOrDefault()?.Cursor, page.HasNextPage);
        }
        catch (OrderSearchCursorException e)
        {
            throw new GraphQLException(e.Message, OrderSearchCursorException.Code);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new GraphQLException($"`first` must be 1 to {OrderSearch.MaxPageSize}.", "INVALID_SLICING_ARGUMENTS", e);
        }
    }

    private static async Task<CreateShipmentPayload> CreateShipmentAsync(CreateShipmentInput input, ClaimsPrincipal user, IResolveFieldContext context)
    {
        var lines = new List<(Guid, int)>();
        foreach (var line in input.Lines)
        {
            if (AdminIds.Parse(line.OrderLineId, AdminIds.OrderLine) is not { } lineId)
            {
                return new CreateShipmentPayload(null, null, false, AdminError.One(OrderActionErrors.LineNotFound, "No order line has this ID (use `OrderLine.id`).", "lines"));
            }

            lines.Add((lineId, line.Quantity));
        }

        Guid? locationId = null;
        if (input.LocationId is not null)
        {
            if (AdminIds.Parse(input.LocationId, AdminIds.StockLocation) is not { } parsed)
            {
                return new CreateShipmentPayload(null, null, false, AdminError.One(OrderActionErrors.InvalidInput, "No stock location has this ID (use `StockLocation.id`).", "locationId"));
            }

            locationId = parsed;
        }

        var request = new ManualShipmentRequest(input.Carrier, input.TrackingNumber, input.TrackingUrl, locationId, lines);
        var result = await Run(context, input.OrderId, (actions, id) => actions.CreateShipmentAsync(id, request, AdminActor.Of(user), input.IdempotencyKey, context.CancellationToken));
        return new CreateShipmentPayload(result.Made as Shipment, result.Order, result.Replayed, Errors(result));
    }

    private static async Task<OrderActionPayload> Act(IResolveFieldContext context, string orderId, Func<OrderActions, Guid, Task<OrderActionResult>> action)
    {
        var result = await Run(context, orderId, action);
        return new OrderActionPayload(result.Order, result.Replayed, Errors(result));
    }

    private static async Task<OrderActionResult> Run(IResolveFieldContext context, string orderId, Func<OrderActions, Guid, Task<OrderActionResult>> action) =>
        OrderId(orderId) is { } id
            ? await action(context.RequestServices.GetRequiredService<OrderActions>(), id)
            : OrderActionResult.Refused(null, OrderActionErrors.NotFound, "No order has this ID.", "orderId");

    private static IReadOnlyList<AdminError> Errors(OrderActionResult result) =>
        result.ErrorCode is { } code ? AdminError.One(code, result.ErrorMessage ?? code, result.ErrorField == "id" ? "orderId" : result.ErrorField) : AdminError.None;

    /// <summary><c>CapturePayment</c> → <c>CAPTURE_PAYMENT</c>.</summary>
    private static string ScreamingSnake(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpper(name[i], CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
