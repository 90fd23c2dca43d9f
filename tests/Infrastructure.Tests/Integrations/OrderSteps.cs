using Headless.Domain.Ordering;
using Headless.Infrastructure.Tests.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Places orders through the real checkout and moves them along the state machine as the pipeline will.</summary>
internal static class OrderSteps
{
    public static async Task<List<Guid>> PlaceOrdersAsync(OrderingHost host, int count, string keyPrefix)
    {
        var variant = await host.SeedVariantAsync(onHand: count + 5);
        var orders = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var placed = await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), $"{keyPrefix}-{i}");
            Assert.True(placed.Succeeded, string.Join("; ", placed.Errors.Select(e => e.Code)));
            orders.Add(placed.Order!.Id);
        }

        return orders;
    }

    /// <summary>Applies the transitions in order, each saved on its own (events and the order commit together).</summary>
    public static async Task ApplyAsync(OrderingHost host, Guid orderId, params OrderTransition[] transitions)
    {
        foreach (var transition in transitions)
        {
            await host.WithDbAsync(async db =>
            {
                var order = await db.Orders.Include(o => o.Events).Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
                var tracking = transition == OrderTransition.Ship ? "TRK-" + orderId.ToString("N")[..8].ToUpperInvariant() : null;
                order.Apply(transition, new TransitionRequest("test", DateTimeOffset.UtcNow, tracking));
                return await db.SaveChangesAsync();
            });
        }
    }
}
