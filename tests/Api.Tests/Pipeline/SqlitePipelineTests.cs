using Headless.Api.Tests.Storefront;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Pipeline;

/// <summary>The pipeline contract on SQLite, each test on a database file of its own.</summary>
public sealed class SqlitePipelineTests : PipelineContract, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-pipeline-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return Task.FromResult(Started(new StorefrontApiFactory("Sqlite", $"Data Source={path}", settings ?? With()), services));
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
