using Headless.Api.Tests.Support;
using Headless.Infrastructure.Backups;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Operations;

/// <summary>A real server process with <c>Backups:Schedule</c> set: it writes backups on time and keeps only <c>Backups:Retention:Count</c>.</summary>
public sealed class ScheduledBackupTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("headless-backups-").FullName;

    private string Database => Path.Combine(_directory, "headless.db");

    private string Backups => Path.Combine(_directory, "backups");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheHostBacksUpOnScheduleAndKeepsOnlyTheNewestRetainedBackups()
    {
        await using var server = await ApiServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={Database}",
            ["Backups__Schedule"] = "00:00:02",
            ["Backups__Directory"] = Backups,
            ["Backups__Retention__Count"] = "2",
        });

        var seen = new HashSet<string>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (seen.Count < 4)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {seen.Count} scheduled backups within a minute.");
            var current = Directory.Exists(Backups)
                ? Directory.GetFiles(Backups, ScheduledBackupService.FilePrefix + "*.db").Select(f => Path.GetFileName(f)).ToList()
                : [];
            Assert.True(current.Count <= 2, "Retention kept " + string.Join(", ", current));
            seen.UnionWith(current);
            await Task.Delay(250);
        }

        // Each one is a whole, readable database.
        var newest = Directory.GetFiles(Backups, "*.db").Order().Last();
        await using var backup = new SqliteConnection($"Data Source={newest};Mode=ReadOnly;Pooling=False");
        await backup.OpenAsync();
        await using var command = backup.CreateCommand();
        command.CommandText = "SELECT count(*) FROM products";
        Assert.True((long)(await command.ExecuteScalarAsync())! > 0);
    }
}
