using Headless.Infrastructure.Tests.Persistence;

namespace Headless.Infrastructure.Tests.Integrations;

public sealed class SqliteFeedTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public Task EveryOrderEventGetsOneGaplessPositionAndPagesInOrder() =>
        FeedScenarios.EveryOrderEventGetsOneGaplessPositionAndPagesInOrder(IntegrationDatabase.Sqlite(_temp.File("feed.db")));

    [Fact]
    public Task TwoInstancesSequencingAtOnceGiveEachEventOnePositionWithoutGaps() =>
        FeedScenarios.TwoInstancesSequencingAtOnceGiveEachEventOnePositionWithoutGaps(IntegrationDatabase.Sqlite(_temp.File("race.db")));

    [Fact]
    public Task AnUnknownCursorIsRefused() =>
        FeedScenarios.AnUnknownCursorIsRefused(IntegrationDatabase.Sqlite(_temp.File("cursor.db")));
}
