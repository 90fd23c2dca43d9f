using System.Diagnostics;
using System.Runtime.CompilerServices;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Ordering;

/// <summary>
/// <c>Subscription.orderStatusChanged</c>. The source stream is <see cref="OrderStatusFeed"/>: it checks the
/// token, subscribes to the bus, and only then replays the events after <c>after</c> from the database, so
/// nothing committed in between is lost; each sequence number is delivered once, in order.
/// </summary>
internal static class OrderStatusSubscription
{
    public const string NotFoundCode = "NOT_FOUND";

    public static SchemaBuilder AddOrderStatusSubscription(this SchemaBuilder schema) => schema
        .AddSubscription("Subscription", "orderStatusChanged", SubscribeAsync)
        .AddResolver("OrderStatusUpdate", "status", context => Update(context.Source).Message.State)
        .AddResolver("OrderStatusUpdate", "event", context => Update(context.Source).Message)
        .AddResolver("OrderStatusUpdate", "order", async context =>
        {
            // One read per order and event, shared by all its subscribers (in a scope of its own: a WebSocket's
            // request scope outlives many concurrent events, and a DbContext must not be shared between them).
            var update = Update(context.Source);
            return await context.RequestServices.GetRequiredService<SharedOrderReads>()
                .GetOrderAsync(update.OrderId, update.Token, update.Message.Sequence, context.CancellationToken);
        });

    private static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(string orderId, string token, int? after, IResolveFieldContext context)
    {
        var subscribedAt = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (after < 0)
        {
            throw Arguments.InvalidArgument("'after' is a sequence number: 0 or more.");
        }

        if (GlobalId.TryDecode(orderId) is not ("Order", var id))
        {
            throw NotFound();
        }

        var services = context.RequestServices;
        var reads = services.GetRequiredService<SharedOrderReads>();

        // Without `after`, only changes from now on: start after the newest event committed when the subscriber asked
        // (one read shared by every subscriber of the order asking at that moment, not one each).
        if (after is null)
        {
            after = await reads.GetLastSequenceAsync(id, token, Stopwatch.GetTimestamp(), context.CancellationToken) ?? throw NotFound();
        }

        var feed = services.GetRequiredService<OrderStatusFeed>();
        var live = await feed.SubscribeAsync(id, token, after.Value, context.CancellationToken) ?? throw NotFound();
        var interval = services.GetRequiredService<OrderStatusOptions>().ResyncInterval;
        var metrics = services.GetRequiredService<HeadlessMetrics>();
        var clock = services.GetRequiredService<TimeProvider>();
        var stream = ResyncingStream.Merge(
            live,
            async (last, ct) => await reads.GetEventsAfterAsync(id, token, last, ct) ?? [],
            after.Value,
            interval,
            ResyncingStream.PhaseOf(id, interval),
            context.CancellationToken,
            // Only events that happened while subscribed: a replayed backlog says nothing about delivery.
            message =>
            {
                if (message.OccurredAt >= subscribedAt)
                {
                    metrics.SubscriptionDelivered(clock.GetUtcNow() - message.OccurredAt);
                }
            });
        return Updates(stream, id, token, context.CancellationToken);
    }

    private static async IAsyncEnumerable<object?> Updates(
        IAsyncEnumerable<OrderStatusMessage> stream, Guid orderId, string token, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var message in stream.WithCancellation(ct))
        {
            yield return new OrderStatusUpdate(orderId, token, message);
        }
    }

    private static GraphQLException NotFound() =>
        new("No order has this ID and token.", NotFoundCode);

    private static OrderStatusUpdate Update(object? source) => (OrderStatusUpdate)source!;
}
