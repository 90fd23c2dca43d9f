using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Stock confirmed → capture per <c>Payments:CapturePolicy</c>: at once for digital goods, services and (Immediate)
/// physical goods. When the payment is captured later — physical goods under OnShipment, cash on delivery always —
/// the order goes to picking still authorized, and <see cref="CaptureOnShipmentStep"/> or
/// <see cref="CaptureOnDeliveryStep"/> captures.
/// </summary>
public sealed class CaptureStep(OrderStepTransaction transaction, PaymentCapture capture) : IOrderStep
{
    public string Name => OrderPipelineRoutes.Capture;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, async order =>
        {
            var due = await capture.IsDueAsync(order, CaptureMoment.StockConfirmed, ct);
            return (Due: due, Captured: due && await capture.CaptureAtProviderAsync(order, CaptureMoment.StockConfirmed, ct));
        }, async (order, prepared, now) =>
        {
            if (!prepared.Due)
            {
                var request = new TransitionRequest(Order.SystemActor, now, Note: "Payment is captured when the order ships or, paid at the door, once delivered.");
                if (order.WhyNot(OrderTransition.StartFulfillment, request) is null)
                {
                    order.Apply(OrderTransition.StartFulfillment, request);
                }

                return;
            }

            if (prepared.Captured)
            {
                await capture.RecordAsync(order, now, ct);
            }
        }, ct);
}
