using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>Captured (physical goods) → picking and packing starts.</summary>
public sealed class StartFulfillmentStep(OrderStepTransaction transaction) : IOrderStep
{
    public string Name => OrderPipelineRoutes.StartFulfillment;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, (order, now) =>
        {
            var request = new TransitionRequest(Order.SystemActor, now);
            if (order.WhyNot(OrderTransition.StartFulfillment, request) is null)
            {
                order.Apply(OrderTransition.StartFulfillment, request);
            }

            return Task.CompletedTask;
        }, ct);
}
