using Headless.Infrastructure.Integrations.Notifications;
using Headless.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Integrations;

public sealed class SqliteNotificationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public Task EachEventIsMailedOnceByTwoInstancesEvenAfterTheServerRefusedOnce() =>
        NotificationScenarios.EachEventIsMailedOnceByTwoInstancesEvenAfterTheServerRefusedOnce(IntegrationDatabase.Sqlite(_temp.File("mail.db")));

    [Fact]
    public async Task SchedulingTheSameEventsAgainQueuesNoSecondMessage()
    {
        await using var smtp = SmtpListener.Start();
        await using var host = await IntegrationDatabase.Sqlite(_temp.File("again.db")).StartInstanceAsync(NotificationScenarios.Settings(smtp));
        await host.InScopeAsync<NotificationScheduler, int>(s => s.ScheduleAsync());
        await OrderSteps.PlaceOrdersAsync(host, 1, "again");
        await host.InScopeAsync<Headless.Infrastructure.Integrations.Feed.FeedSequencer, int>(s => s.SequenceBatchAsync());
        Assert.Equal(2, await host.InScopeAsync<NotificationScheduler, int>(s => s.ScheduleAsync()));
        Assert.Equal(1, await host.InScopeAsync<NotificationSender, int>(s => s.SendDueAsync()));

        // A consumer that lost its checkpoint reads the same entries again: what was queued for the order is not
        // queued twice (and the unique key would refuse it if it were).
        await host.WithDbAsync(db => db.IntegrationCheckpoints.Where(c => c.Name == NotificationScheduler.CheckpointName)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Position, 0L)));
        Assert.Equal(2, await host.InScopeAsync<NotificationScheduler, int>(s => s.ScheduleAsync()));
        Assert.Equal(0, await host.InScopeAsync<NotificationSender, int>(s => s.SendDueAsync()));

        Assert.Single(smtp.Messages);
        Assert.Equal(1, await host.WithDbAsync(db => db.NotificationDeliveries.CountAsync()));
    }

    [Fact]
    public async Task TheDevelopmentSinkWritesEmlFilesAndARedactedLogLine()
    {
        var folder = _temp.File("outbox");
        await using var host = await IntegrationDatabase.Sqlite(_temp.File("sink.db")).StartInstanceAsync(
            ("Notifications:Sender", "Folder"), ("Notifications:Folder", folder));
        await host.InScopeAsync<NotificationScheduler, int>(s => s.ScheduleAsync());
        await OrderSteps.PlaceOrdersAsync(host, 1, "sink");
        await host.InScopeAsync<Headless.Infrastructure.Integrations.Feed.FeedSequencer, int>(s => s.SequenceBatchAsync());
        await host.InScopeAsync<NotificationScheduler, int>(s => s.ScheduleAsync());

        Assert.Equal(1, await host.InScopeAsync<NotificationSender, int>(s => s.SendDueAsync()));

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        Assert.Contains("shopper@example.com", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        var line = Assert.Single(host.Logs.Entries, e => e.Message.StartsWith("Wrote email order-confirmation", StringComparison.Ordinal));
        Assert.Contains("s***@e***", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("shopper", line.Message, StringComparison.Ordinal);
    }
}
