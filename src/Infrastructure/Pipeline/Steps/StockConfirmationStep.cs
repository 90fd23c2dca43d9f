using Headless.Domain.Ordering;
using Headless.Infrastructure.Ordering;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>Risk screened → the stock held at checkout becomes confirmed picks from the fewest locations (<see cref="StockPicker"/>).</summary>
public sealed class StockConfirmationStep(OrderStepTransaction transaction, StockPicker picker) : IOrderStep
{
    public const string Actor = "inventory";

    public string Name => OrderPipelineRoutes.StockConfirmation;

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, async (order, now) =>
        {
            var request = new TransitionRequest(Actor, now);
            if (order.WhyNot(OrderTransition.ConfirmStock, request) is not null)
            {
                return;
            }

            var locations = await picker.ConfirmAsync(order, now, ct);
            var note = locations switch
            {
                0 => "Nothing to pick: no physical goods.",
                1 => "Stock confirmed at one location.",
                _ => $"Stock confirmed at {locations} locations: the order ships in {locations} parcels.",
            };
            order.Apply(OrderTransition.ConfirmStock, request with { Note = note });
        }, ct);
}
