namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>Shipped → capture, for orders still only authorized (<c>Payments:CapturePolicy</c> OnShipment); a no-op otherwise.</summary>
public sealed class CaptureOnShipmentStep(OrderStepTransaction transaction, PaymentCapture capture) : IOrderStep
{
    public string Name => OrderPipelineRoutes.CaptureOnShipment;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, order => capture.CaptureAtProviderAsync(order, CaptureMoment.Shipped, ct), async (order, captured, now) =>
        {
            if (captured)
            {
                await capture.RecordAsync(order, now, ct);
            }
        }, ct);
}
