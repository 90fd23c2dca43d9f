using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Admin.Refunds;

/// <summary>The refund follow-up contract on SQLite, each test on a database file of its own.</summary>
public sealed class SqliteRefundFollowUpTests : RefundFollowUpContract, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<StorefrontApiFactory> StartAsync(bool background, IReadOnlyDictionary<string, string> settings)
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-refund-follow-up-{Guid.NewGuid():N}.db");
        _files.Add(path);
        var api = new StorefrontApiFactory("Sqlite", $"Data Source={path}", Settings(background, settings));
        api.CreateClient().Dispose();
        return Task.FromResult(api);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in _files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }
    }
}
