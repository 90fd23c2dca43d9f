using Headless.Domain.Ordering;
using Headless.Infrastructure.Ordering;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>Payment authorized → the risk screen; a rejected order is cancelled and its stock released.</summary>
public sealed class RiskScreeningStep(OrderStepTransaction transaction, IRiskScreen screen, StockAllocator allocator) : IOrderStep
{
    public const string Actor = "risk-screen";

    public string Name => OrderPipelineRoutes.RiskScreening;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, async (order, now) =>
        {
            var passed = new TransitionRequest(Actor, now, Note: "Risk screening passed.");
            if (order.WhyNot(OrderTransition.ScreenRisk, passed) is not null)
            {
                return; // Moved on without us (a webhook captured it, or it was cancelled): nothing to screen.
            }

            if (await screen.WhyRejectAsync(order, ct) is { } reason)
            {
                order.Apply(OrderTransition.Cancel, new TransitionRequest(Actor, now, Note: $"Rejected by risk screening: {reason}"));
                await allocator.ReleaseAsync(order.Id, ct);
                return;
            }

            order.Apply(OrderTransition.ScreenRisk, passed);
        }, ct);
}
