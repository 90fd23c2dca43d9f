namespace Headless.Api.Tests.Admin.Catalog;

/// <summary>The CSV import contract on SQLite, each test on a database file of its own.</summary>
public sealed class SqliteCatalogImportTests : CatalogImportContract, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<(string Provider, string ConnectionString)> DatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-import-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return Task.FromResult(("Sqlite", $"Data Source={path}"));
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
