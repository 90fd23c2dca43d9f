namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>Delivered → capture, for cash-on-delivery orders (the carrier collected at the door); a no-op otherwise.</summary>
public sealed class CaptureOnDeliveryStep(OrderStepTransaction transaction, PaymentCapture capture) : IOrderStep
{
    public string Name => OrderPipelineRoutes.CaptureOnDelivery;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, order => capture.CaptureAtProviderAsync(order, CaptureMoment.Delivered, ct), async (order, captured, now) =>
        {
            if (captured)
            {
                await capture.RecordAsync(order, now, ct);
            }
        }, ct);
}
