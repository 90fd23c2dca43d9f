using Headless.Domain.Catalog;
using Headless.Domain.Ordering;
using Headless.Infrastructure.Fulfillment;
using Headless.Infrastructure.Fulfillment.DigitalCodes;
using Headless.Infrastructure.Payments.Refunds;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Captured → every line that is not shipped is delivered: digital goods get codes from <see cref="DigitalCodeIssuer"/>,
/// services go to the fulfilment provider (one key per line: a repeat
/// credits nothing twice), its reference recorded, and an order of such lines only becomes FULFILLED. A failure is
/// retried with back-off; a final one (the last attempt, or a refusal the provider calls permanent) refunds the
/// payment through <see cref="RefundService"/> and records why on the line and in the order's history. Provider calls happen
/// before the step's transaction; the transaction records what they answered.
/// </summary>
public sealed class ServiceFulfillmentStep(
    OrderStepTransaction transaction,
    IEnumerable<IFulfillmentProvider> fulfillers,
    RefundService refunds,
    DigitalCodeIssuer codes) : IOrderStep
{
    public const string Actor = "fulfillment";

    /// <summary>The idempotency key of the refund a final failure makes (one per order).</summary>
    public const string RefundKey = "fulfillment-failed";

    public string Name => OrderPipelineRoutes.ServiceFulfillment;

    public static string Key(Guid lineId) => $"fulfil:{lineId:N}";

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, order => DeliverAsync(run, order, ct), (order, outcome, now) =>
        {
            // A final failure was refunded already (the refund moved the order to REFUNDED): record what happened to the lines.
            if (outcome is null || (outcome.Failed is null && order.State is not (OrderState.PaymentCaptured or OrderState.Fulfilling)))
            {
                return Task.CompletedTask;
            }

            foreach (var (lineId, reference) in outcome.References)
            {
                order.RecordLineFulfilled(lineId, reference, now);
            }

            if (outcome.Failed is { } failed)
            {
                order.RecordLineFailed(failed.LineId, failed.Reason);
                return Task.CompletedTask;
            }

            var done = new TransitionRequest(Provider.Name, now, Note: "Delivered: " + string.Join(", ", order.Lines.Where(l => !l.RequiresShipping).Select(l => $"{l.Sku} ({l.FulfillmentReference})")));
            if (!order.RequiresShipping && order.WhyNot(OrderTransition.CompleteDigitalFulfillment, done) is null)
            {
                order.Apply(OrderTransition.CompleteDigitalFulfillment, done);
            }
            return Task.CompletedTask;
        }, ct);

    /// <summary>Calls the provider for each line not yet delivered; on a final failure refunds at the payment provider. Null when there is nothing to do.</summary>
    private async Task<Outcome?> DeliverAsync(StepRun run, Order order, CancellationToken ct)
    {
        if (order.State is not (OrderState.PaymentCaptured or OrderState.Fulfilling))
        {
            return null; // Refunded, cancelled or already fulfilled: nothing to deliver.
        }

        var references = new Dictionary<Guid, string>();
        foreach (var line in order.Lines.Where(l => !l.RequiresShipping && l.FulfillmentStatus == LineFulfillmentStatus.Pending))
        {
            // Gift cards and vouchers: codes from the pool (an empty one parks the step), not the operator.
            if (line.Kind == ProductKind.Digital)
            {
                references[line.Id] = await codes.IssueAsync(line.Id, line.Sku, line.Quantity, ct);
                continue;
            }

            var result = await Provider.FulfillAsync(
                new FulfillmentRequest(Key(line.Id), order.Number, line.Id, line.Sku, line.ProductName, line.Kind, line.Quantity, line.LineTotal.Amount, line.LineTotal.Currency, line.Recipient),
                ct);
            if (result.Succeeded)
            {
                references[line.Id] = result.Reference!;
                continue;
            }

            var reason = result.Failure ?? "The provider did not confirm.";
            if (!result.Permanent && !run.IsLastAttempt)
            {
                throw new FulfillmentFailedException(reason);
            }

            await RefundAsync(order, line, reason, ct);
            return new Outcome(references, (line.Id, reason));
        }

        return new Outcome(references, null);
    }

    /// <summary>Refunds everything still refundable through the one refund path; its key makes a repeated step refund once.</summary>
    private async Task RefundAsync(Order order, OrderLine line, string reason, CancellationToken ct)
    {
        // The line's failure is saved first, so that whoever sees the order REFUNDED also sees why.
        var db = transaction.Db;
        db.ChangeTracker.Clear();
        var tracked = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == order.Id, ct);
        tracked.RecordLineFailed(line.Id, reason);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var refunded = await refunds.RefundAsync(
            new RefundCommand(order.Id, null, null, $"{line.Sku} could not be delivered ({reason}).", RefundKey, Actor),
            ct);
        if (!refunded.Succeeded)
        {
            throw new InvalidOperationException($"{line.Sku} could not be delivered ({reason}) and the order was not refunded: {refunded.Message}");
        }
    }

    private IFulfillmentProvider Provider => fulfillers.LastOrDefault() ?? throw new InvalidOperationException("No fulfilment provider is configured.");

    private sealed record Outcome(Dictionary<Guid, string> References, (Guid LineId, string Reason)? Failed);
}
