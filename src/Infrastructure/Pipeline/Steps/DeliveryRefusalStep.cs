using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// A parcel of a cash-on-delivery order was refused at the door or came back undelivered: the shopper paid
/// nothing, so the payment is voided at its provider, the order is cancelled (<see cref="OrderTransition.RefuseDelivery"/>,
/// which brings the cancellation's webhooks and notifications), what is still allocated goes back on sale and the
/// refusal is recorded against the customer for the fraud rules (<see cref="DeliveryRefusalCount"/>). The goods of
/// the parcel go back on hand only once it is back (<see cref="ParcelRestockStep"/>). A no-op for orders paid
/// any other way (staff handle those) and for an order that moved on; a second run changes nothing.
/// </summary>
public sealed class DeliveryRefusalStep(
    OrderStepTransaction transaction, PaymentMethodCatalog catalog, StockAllocator allocator, IPersonalDataProtector? personalData = null) : IOrderStep
{
    public const string Actor = "cash-on-delivery";

    public string Name => OrderPipelineRoutes.DeliveryRefusal;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, order => VoidAtProviderAsync(run, order, ct), async (order, refused, now) =>
        {
            if (refused is null)
            {
                return;
            }

            var db = transaction.Db;
            var request = new TransitionRequest(Actor, now, Note: "A parcel paid at the door did not reach the shopper: nothing is charged and the order is cancelled.");
            var payment = await db.Payments.SingleAsync(p => p.OrderId == order.Id, ct);
            if (payment.Status != PaymentStatus.Authorized || order.WhyNot(OrderTransition.RefuseDelivery, request) is not null)
            {
                return;
            }

            payment.MarkVoided(now);
            order.Apply(OrderTransition.RefuseDelivery, request);
            await allocator.ReleaseAsync(order.Id, ct);
            if (!await db.DeliveryRefusals.AnyAsync(r => r.OrderId == order.Id, ct))
            {
                var customerId = await db.CustomerOrders.AsNoTracking().Where(c => c.OrderId == order.Id).Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(ct);
                db.DeliveryRefusals.Add(new DeliveryRefusal(order.Id, customerId, refused.EmailIndex, payment.Method, request.Note, now));
            }
        }, ct);

    /// <summary>
    /// Outside the step's transaction: the void at the provider (keyed, so a repeat is harmless) and the email index,
    /// whose key may be created on first use from a connection of its own (SQLite has one writer). Null: nothing to do.
    /// </summary>
    private async Task<Refused?> VoidAtProviderAsync(StepRun run, Order order, CancellationToken ct)
    {
        var payment = await transaction.Db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        if (payment is not { Status: PaymentStatus.Authorized } || !PaymentMethodCatalog.CapturesOnDelivery(payment.Method) || order.State != OrderState.Shipped)
        {
            return null;
        }

        var provider = catalog.ProviderNamed(payment.Provider) ?? throw new InvalidOperationException("No payment provider is configured.");
        var result = await provider.VoidAsync(new VoidRequest(payment.AuthorizationId, run.Key("void")), ct);
        if (result.Outcome != PaymentOutcome.Voided)
        {
            throw new InvalidOperationException($"The payment provider did not void ({result.Outcome}): {result.Message}");
        }

        return new Refused(personalData is null ? null : await personalData.EmailIndexAsync(order.Email, ct));
    }

    private sealed record Refused(string? EmailIndex);
}
