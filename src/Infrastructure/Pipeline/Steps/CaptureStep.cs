using Headless.Domain.Ordering;
using Headless.Infrastructure.Payments;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Stock confirmed → capture per <c>Payments:CapturePolicy</c>: at once for digital goods, services and (Immediate)
/// physical goods; under OnShipment an order with physical goods goes to picking still authorized, and
/// <see cref="CaptureOnShipmentStep"/> captures when it ships.
/// </summary>
public sealed class CaptureStep(OrderStepTransaction transaction, PaymentCapture capture, PaymentOptions options) : IOrderStep
{
    public string Name => OrderPipelineRoutes.Capture;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, order => Deferred(order) ? Task.FromResult(false) : capture.CaptureAtProviderAsync(order, ct), async (order, captured, now) =>
        {
            if (Deferred(order))
            {
                var request = new TransitionRequest(Order.SystemActor, now, Note: "Payment is captured when the order ships.");
                if (order.WhyNot(OrderTransition.StartFulfillment, request) is null)
                {
                    order.Apply(OrderTransition.StartFulfillment, request);
                }

                return;
            }

            if (captured)
            {
                await capture.RecordAsync(order, now, ct);
            }
        }, ct);

    private bool Deferred(Order order) => order.RequiresShipping && options.CapturePolicy == CapturePolicy.OnShipment;
}
