using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Fulfillment;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Captured → every line that is not shipped is delivered by the fulfilment provider (one key per line: a repeat
/// credits nothing twice), its reference recorded, and an order of such lines only becomes FULFILLED. A failure is
/// retried with back-off; a final one (the last attempt, or a refusal the provider calls permanent) refunds the
/// payment through the provider and records why on the line and in the order's history. Provider calls happen
/// before the step's transaction; the transaction records what they answered.
/// </summary>
public sealed class ServiceFulfillmentStep(
    OrderStepTransaction transaction,
    IEnumerable<IFulfillmentProvider> fulfillers,
    PaymentMethodCatalog payments,
    StockAllocator allocator) : IOrderStep
{
    public const string Actor = "fulfillment";

    public string Name => OrderPipelineRoutes.ServiceFulfillment;

    public static string Key(Guid lineId) => $"fulfil:{lineId:N}";

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, order => DeliverAsync(run, order, ct), async (order, outcome, now) =>
        {
            if (outcome is null || order.State is not (OrderState.PaymentCaptured or OrderState.Fulfilling))
            {
                return;
            }

            foreach (var (lineId, reference) in outcome.References)
            {
                order.RecordLineFulfilled(lineId, reference, now);
            }

            if (outcome.Failed is { } failed)
            {
                await RecordRefundAsync(order, failed.LineId, failed.Reason, now, ct);
                return;
            }

            var done = new TransitionRequest(Provider.Name, now, Note: "Delivered: " + string.Join(", ", order.Lines.Where(l => !l.RequiresShipping).Select(l => $"{l.Sku} ({l.FulfillmentReference})")));
            if (!order.RequiresShipping && order.WhyNot(OrderTransition.CompleteDigitalFulfillment, done) is null)
            {
                order.Apply(OrderTransition.CompleteDigitalFulfillment, done);
            }
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

            await RefundAtProviderAsync(order, line, reason, ct);
            return new Outcome(references, (line.Id, reason));
        }

        return new Outcome(references, null);
    }

    private async Task RefundAtProviderAsync(Order order, OrderLine line, string reason, CancellationToken ct)
    {
        var payment = await transaction.Db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        if (payment is not { Status: PaymentStatus.Captured } || order.WhyNot(OrderTransition.Refund, new TransitionRequest(Actor, DateTimeOffset.UtcNow)) is not null)
        {
            throw new InvalidOperationException($"{line.Sku} could not be delivered ({reason}) and the order cannot be refunded automatically.");
        }

        var provider = payments.ProviderNamed(payment.Provider) ?? throw new InvalidOperationException("No payment provider is configured.");
        var refund = await provider.RefundAsync(new RefundRequest(payment.AuthorizationId, new Money(payment.Refundable, payment.Amount.Currency), $"refund:{order.Id:N}"), ct);
        if (refund.Outcome != PaymentOutcome.Refunded)
        {
            throw new InvalidOperationException($"The refund was not made ({refund.Outcome}): {refund.Message}");
        }
    }

    private async Task RecordRefundAsync(Order order, Guid lineId, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var line = order.Lines.Single(l => l.Id == lineId);
        order.RecordLineFailed(lineId, reason);
        var payment = await transaction.Db.Payments.SingleAsync(p => p.OrderId == order.Id, ct);
        payment.MarkRefunded(payment.Refundable, payment.Amount.Currency, now);
        order.Apply(OrderTransition.Refund, new TransitionRequest(Actor, now, Note: $"Refunded: {line.Sku} could not be delivered ({reason})."));
        await allocator.ReleaseAsync(order.Id, ct);
    }

    private IFulfillmentProvider Provider => fulfillers.LastOrDefault() ?? throw new InvalidOperationException("No fulfilment provider is configured.");

    private sealed record Outcome(Dictionary<Guid, string> References, (Guid LineId, string Reason)? Failed);
}
