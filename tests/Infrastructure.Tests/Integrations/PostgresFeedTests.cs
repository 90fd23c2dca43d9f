using Headless.Domain.Ordering;
using Headless.Infrastructure.Integrations.Feed;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Tests.Integrations;

[Collection(PostgresCollection.Name)]
public sealed class PostgresFeedTests(PostgresServer postgres)
{
    [Fact]
    public async Task EveryOrderEventGetsOneGaplessPositionAndPagesInOrderOnPostgres() =>
        await FeedScenarios.EveryOrderEventGetsOneGaplessPositionAndPagesInOrder(IntegrationDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    [Fact]
    public async Task TwoInstancesSequencingAtOnceGiveEachEventOnePositionWithoutGapsOnPostgres() =>
        await FeedScenarios.TwoInstancesSequencingAtOnceGiveEachEventOnePositionWithoutGaps(IntegrationDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    /// <summary>
    /// The hazard of paging by an insert-time key: an event written in a long transaction becomes visible after
    /// later ones were read. Here it occurred before order C's events but commits after a reader has paged past
    /// them; it still reaches the reader, at the next position after its cursor.
    /// </summary>
    [Fact]
    public async Task AnEventThatCommitsLateIsNotSkippedByAReaderThatPagedPastLaterEvents()
    {
        var database = IntegrationDatabase.Postgres(await postgres.CreateDatabaseAsync());
        await using var host = await database.StartInstanceAsync();
        var a = (await OrderSteps.PlaceOrdersAsync(host, 1, "late-a"))[0];
        await OrderSteps.PlaceOrdersAsync(host, 1, "late-b");

        await using var slowScope = host.Services.CreateAsyncScope();
        var slow = slowScope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        await using var slowTransaction = await slow.Database.BeginTransactionAsync();
        var order = await slow.Orders.Include(o => o.Events).SingleAsync(o => o.Id == a);
        var held = order.Apply(OrderTransition.CapturePayment, new TransitionRequest("test", DateTimeOffset.UtcNow));
        await slow.SaveChangesAsync();

        await Task.Delay(20);
        var c = (await OrderSteps.PlaceOrdersAsync(host, 1, "late-c"))[0];
        Assert.Equal(6, await host.InScopeAsync<FeedSequencer, int>(s => s.SequenceBatchAsync()));
        var before = await host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(null, 100));
        Assert.Equal(6, before.Entries.Count);
        Assert.DoesNotContain(before.Entries, e => e.EventId == held.Id);
        Assert.All(before.Entries.Where(e => e.OrderId == c), e => Assert.True(e.OccurredAt > held.OccurredAt));

        await slowTransaction.CommitAsync();
        Assert.Equal(1, await host.InScopeAsync<FeedSequencer, int>(s => s.SequenceBatchAsync()));

        var after = await host.InScopeAsync<EventFeed, FeedPage>(f => f.PageAsync(before.EndCursor, 100));
        var late = Assert.Single(after.Entries);
        Assert.Equal(held.Id, late.EventId);
        Assert.Equal(7, late.Position);
        Assert.Equal(IntegratorEventTypes.OrderPaid, late.Type);
    }
}
