using System.Security.Claims;
using Headless.Api.Admin.Inputs;
using Headless.Api.Storefront;
using Headless.Domain.Ordering;
using Headless.Domain.Ordering.Returns;
using Headless.Domain.Payments;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Ordering.Actions;
using Headless.Infrastructure.Ordering.Returns;
using Headless.Infrastructure.Payments.Refunds;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static Headless.Api.Admin.AdminPayloads;

namespace Headless.Api.Admin.OrderMoney;

/// <summary>
/// The money side of admin orders: <c>cancelOrder</c>, <c>captureOrderPayment</c>, <c>refundOrder</c>, the return
/// actions, and <c>Order.refunds</c>/<c>Order.returns</c>. Thin calls to the Infrastructure services, which go through
/// the order's state machine and <see cref="RefundService"/>.
/// </summary>
internal static class OrderMoneyResolvers
{
    public static SchemaBuilder AddOrderMoneyResolvers(this SchemaBuilder schema) => schema
        .BindEnum<RefundStatus>("RefundStatus")
        .BindEnum<ReturnStatus>("ReturnStatus")
        .BindEnum<ReturnDisposition>("ReturnDisposition")
        .AddResolver("Order", "refunds", (IResolveFieldContext context) => ReadAsync(context, db =>
            db.Refunds.AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == ((Order)context.Source!).Id)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(context.CancellationToken)))
        .AddResolver("Order", "returns", (IResolveFieldContext context) => ReadAsync(context, db =>
            db.Returns.AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == ((Order)context.Source!).Id)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(context.CancellationToken)))
        .AddResolver("Refund", "id", context => AdminIds.Encode(AdminIds.Refund, ((Refund)context.Source!).Id))
        .AddResolver("Refund", "returnId", context => ((Refund)context.Source!).ReturnId is { } id ? AdminIds.Encode(AdminIds.Return, id) : null)
        .AddResolver("RefundLine", "lineId", context => AdminIds.Encode(AdminIds.OrderLine, ((RefundLine)context.Source!).OrderLineId))
        .AddResolver("Return", "id", context => AdminIds.Encode(AdminIds.Return, ((OrderReturn)context.Source!).Id))
        .AddResolver("Return", "refund", (IResolveFieldContext context) => ReadAsync(context, db =>
            ((OrderReturn)context.Source!).RefundId is { } id
                ? db.Refunds.AsNoTracking().Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken)
                : Task.FromResult<Refund?>(null)))
        .AddResolver("ReturnLine", "lineId", context => AdminIds.Encode(AdminIds.OrderLine, ((ReturnLine)context.Source!).OrderLineId))
        .AddResolver("Mutation", "cancelOrder", (CancelOrderInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            OrderActionAsync(context, input.OrderId, (actions, id) => actions.CancelAsync(id, input.Reason, Actor(user), context.CancellationToken)))
        .AddResolver("Mutation", "captureOrderPayment", (CaptureOrderPaymentInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            OrderActionAsync(context, input.OrderId, (actions, id) => actions.CaptureAsync(id, Actor(user), context.CancellationToken)))
        .AddResolver("Mutation", "refundOrder", RefundAsync)
        .AddResolver("Mutation", "approveReturn", (ApproveReturnInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            ReturnActionAsync(context, input.ReturnId, (returns, id) => returns.ApproveAsync(id, Actor(user), context.CancellationToken)))
        .AddResolver("Mutation", "rejectReturn", (RejectReturnInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
            ReturnActionAsync(context, input.ReturnId, (returns, id) => returns.RejectAsync(id, input.Reason ?? "", Actor(user), context.CancellationToken)))
        .AddResolver("Mutation", "receiveReturn", (ReceiveReturnInput input, ClaimsPrincipal user, IResolveFieldContext context) =>
        {
            var dispositions = new Dictionary<Guid, ReturnDisposition>();
            foreach (var line in input.Lines)
            {
                if (AdminIds.Parse(line.LineId, AdminIds.OrderLine) is not { } lineId)
                {
                    return Task.FromResult(new ReturnPayload(null, null, null, AdminError.One("LINE_NOT_FOUND", "No order line has this ID.", "lines")));
                }

                dispositions[lineId] = line.Disposition;
            }

            return ReturnActionAsync(context, input.ReturnId, (returns, id) => returns.ReceiveAsync(id, dispositions, Actor(user), context.CancellationToken));
        });

    /// <summary>Who acts, as order histories and refunds record it: <c>staff:&lt;id&gt;</c> or <c>api_key:&lt;id&gt;</c>.</summary>
    internal static string Actor(ClaimsPrincipal user) =>
        $"{user.FindFirst(HeadlessClaimTypes.Kind)?.Value ?? "unknown"}:{user.FindFirst(HeadlessClaimTypes.Subject)?.Value ?? "unknown"}";

    /// <summary><c>payments.refund_exceeds_captured</c> → <c>REFUND_EXCEEDS_CAPTURED</c>: the stable part of a service code.</summary>
    internal static string Code(string code) => code[(code.IndexOf('.', StringComparison.Ordinal) + 1)..].ToUpperInvariant();

    private static async Task<object?> ReadAsync<T>(IResolveFieldContext context, Func<HeadlessDbContext, Task<T>> read) =>
        await AdminReads.ReadAsync(context, read);

    private static HeadlessDbContext Db(IResolveFieldContext context) => context.RequestServices.GetRequiredService<HeadlessDbContext>();

    private static async Task<OrderActionPayload> OrderActionAsync(IResolveFieldContext context, string orderId, Func<OrderActions, Guid, Task<OrderActionResult>> act)
    {
        if (AdminIds.Parse(orderId, AdminIds.Order) is not { } id)
        {
            return new OrderActionPayload(null, AdminError.One("NOT_FOUND", "No order has this ID.", "orderId"));
        }

        var result = await act(context.RequestServices.GetRequiredService<OrderActions>(), id);
        var order = await Db(context).Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, context.CancellationToken);
        return result.ErrorCode is { } code
            ? new OrderActionPayload(order, AdminError.One(Code(code), result.Message ?? code, code == OrderActions.NotFound ? "orderId" : null))
            : new OrderActionPayload(order, AdminError.None);
    }

    private static async Task<RefundOrderPayload> RefundAsync(RefundOrderInput input, ClaimsPrincipal user, IResolveFieldContext context)
    {
        if (AdminIds.Parse(input.OrderId, AdminIds.Order) is not { } orderId)
        {
            return new RefundOrderPayload(null, null, AdminError.One("NOT_FOUND", "No order has this ID.", "orderId"));
        }

        var lines = new List<RefundLineRequest>();
        foreach (var line in input.Lines ?? [])
        {
            if (AdminIds.Parse(line.LineId, AdminIds.OrderLine) is not { } lineId)
            {
                return new RefundOrderPayload(null, null, AdminError.One("LINE_NOT_FOUND", "No order line has this ID.", "lines"));
            }

            lines.Add(new RefundLineRequest(lineId, line.Quantity));
        }

        var result = await context.RequestServices.GetRequiredService<RefundService>().RefundAsync(
            new RefundCommand(orderId, lines, input.Amount, input.Reason ?? "", input.IdempotencyKey ?? "", Actor(user)),
            context.CancellationToken);
        var order = await Db(context).Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, context.CancellationToken);
        if (result.ErrorCode is not { } code)
        {
            return new RefundOrderPayload(result.Refund, order, AdminError.None);
        }

        var field = code switch
        {
            PaymentErrorCodes.RefundExceedsCaptured => "amount",
            PaymentErrorCodes.RefundQuantityExceeded or OrderErrorCodes.LineNotFound => "lines",
            RefundService.OrderNotFound => "orderId",
            _ => null,
        };
        return new RefundOrderPayload(result.Refund, order, AdminError.One(code == RefundService.OrderNotFound ? "NOT_FOUND" : Code(code), result.Message ?? code, field));
    }

    private static async Task<ReturnPayload> ReturnActionAsync(IResolveFieldContext context, string returnId, Func<ReturnService, Guid, Task<ReturnResult>> act)
    {
        if (AdminIds.Parse(returnId, AdminIds.Return) is not { } id)
        {
            return new ReturnPayload(null, null, null, AdminError.One("NOT_FOUND", "No return has this ID.", "returnId"));
        }

        var result = await act(context.RequestServices.GetRequiredService<ReturnService>(), id);
        var order = result.Return is { } value
            ? await Db(context).Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == value.OrderId, context.CancellationToken)
            : null;
        return result.ErrorCode is { } code
            ? new ReturnPayload(result.Return, result.Refund, order, AdminError.One(Code(code), result.Message ?? code, code == ReturnService.NotFound ? "returnId" : null))
            : new ReturnPayload(result.Return, result.Refund, order, AdminError.None);
    }
}
