using Headless.Api.Tests.Storefront;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Shipments;

/// <summary>The location capability contract on SQLite, each test on a database file of its own.</summary>
public sealed class SqliteLocationCapabilitiesTests : LocationCapabilitiesContract, IDisposable
{
    private readonly List<string> _files = [];

    protected override Task<WebApplicationFactory<Program>> StartAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"headless-location-caps-{Guid.NewGuid():N}.db");
        _files.Add(path);
        return Task.FromResult<WebApplicationFactory<Program>>(new StorefrontApiFactory("Sqlite", $"Data Source={path}", Headless.Api.Tests.Admin.Orders.AdminOrdersSettings.Values));
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
