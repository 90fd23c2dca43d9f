using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Operations;

/// <summary>The restore drill on a SQLite file: backed up with the online backup API while the server runs, then deleted.</summary>
public sealed class SqliteRestoreDrillTests : RestoreDrillContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-drill-{Guid.NewGuid():N}.db");

    protected override Task<IReadOnlyDictionary<string, string>> DatabaseEnvironmentAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Headless"] = $"Data Source={_path}",
        });

    protected override Task DestroyDatabaseAsync()
    {
        DeleteFiles();
        Assert.False(File.Exists(_path));
        return Task.CompletedTask;
    }

    // No pool: a pooled handle would keep the deleted file alive inside this process.
    protected override DbConnection OpenConnection() => new SqliteConnection($"Data Source={_path};Pooling=False");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteFiles();
    }

    private void DeleteFiles()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }
}
